package io.cloudstore.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductFileTest {
  @TempDir Path dir;

  @Test
  void csv_withQuotedCommasQuotesAndLineBreaks_readsEachValueAsWritten() throws IOException {
    Path file = write("p.csv", """
        name,description,category,price,stock,imageUrl,id\r
        Mug,"Enamel, ""camp"" style\r
        holds 350 ml",Kitchen,1250,10,/images/mug.svg,mug-1\r
        \r
        Pan,,Kitchen,4500,3,,\r
        """);

    ProductFile.Contents contents = ProductFile.read(file);

    assertThat(contents.errors()).isEmpty();
    assertThat(contents.products()).hasSize(2);
    ProductRecord mug = contents.products().get(0);
    assertThat(mug.location()).isEqualTo("row 1 (line 2)");
    assertThat(mug.value("description")).contains("Enamel, \"camp\" style\r\nholds 350 ml");
    assertThat(mug.value("id")).contains("mug-1");
    ProductRecord pan = contents.products().get(1);
    assertThat(pan.location()).isEqualTo("row 2 (line 5)");
    assertThat(pan.value("description")).isEmpty();
  }

  @Test
  void csv_columnsMayComeInAnyOrderAndCase() throws IOException {
    Path file = write("p.csv", "STOCK,Price,Name,category,ImageURL,SKU\n3,990,Bowl,Kitchen,/b.svg,bowl-1\n");

    ProductRecord bowl = ProductFile.read(file).products().get(0);

    assertThat(bowl.values()).containsEntry("stock", "3").containsEntry("price", "990").containsEntry("name", "Bowl")
        .containsEntry("imageUrl", "/b.svg").containsEntry("sku", "bowl-1");
  }

  @Test
  void csv_rowWithTheWrongNumberOfValues_isRejectedAlone() throws IOException {
    Path file = write("p.csv", "name,category,price,stock\nMug,Kitchen,1250\nPan,Kitchen,4500,3\n");

    ProductFile.Contents contents = ProductFile.read(file);

    assertThat(contents.errors()).singleElement().asString()
        .isEqualTo("row 1 (line 2): row: has 3 values but the header has 4 columns");
    assertThat(contents.products()).extracting(p -> p.value("name").orElseThrow()).containsExactly("Pan");
  }

  @Test
  void csv_withAnUnknownOrMissingColumn_failsTheWholeFile() throws IOException {
    assertThatThrownBy(() -> ProductFile.read(write("a.csv", "name,category,prce,stock\n")))
        .isInstanceOf(ProductFileException.class).hasMessageContaining("unknown column 'prce'");
    assertThatThrownBy(() -> ProductFile.read(write("b.csv", "name,category,price\n")))
        .isInstanceOf(ProductFileException.class).hasMessageContaining("lacks the column(s) stock");
    assertThatThrownBy(() -> ProductFile.read(write("c.csv", "name,\"category,price,stock\nx")))
        .isInstanceOf(ProductFileException.class).hasMessageContaining("line 1: a quoted field is not closed");
  }

  @Test
  void json_likeTheDemoCatalog_readsNumbersAsText_andRejectsOddRowsAlone() throws IOException {
    Path file = write("catalog.json", """
        [
          {"name": "Mug", "category": "Kitchen", "price": 1250, "stock": 10, "description": null},
          {"name": "Pan", "category": "Kitchen", "price": 4500, "stock": 3, "colour": "red"},
          "not a product",
          {"name": ["Bowl"], "category": "Kitchen", "price": 900, "stock": 1}
        ]
        """);

    ProductFile.Contents contents = ProductFile.read(file);

    assertThat(contents.products()).singleElement().satisfies(mug -> {
      assertThat(mug.location()).isEqualTo("row 1");
      assertThat(mug.values()).containsEntry("price", "1250").doesNotContainKey("description");
    });
    assertThat(contents.errors()).extracting(RowError::toString).containsExactly(
        "row 2: colour: is not a product field (id, sku, name, description, category, price, stock, imageUrl)",
        "row 3: product: must be a JSON object",
        "row 4: name: must be text or a number");
  }

  @Test
  void json_thatIsNotAnArray_failsTheWholeFile() throws IOException {
    assertThatThrownBy(() -> ProductFile.read(write("one.json", "{\"name\": \"Mug\"}")))
        .isInstanceOf(ProductFileException.class).hasMessageContaining("must be an array");
    assertThatThrownBy(() -> ProductFile.read(write("broken.json", "[{\"name\": ")))
        .isInstanceOf(ProductFileException.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void formatWithoutExtension_isJsonWhenTheFileStartsWithABracket() throws IOException {
    assertThat(ProductFile.read(write("products", " [{\"name\":\"Mug\"}]")).products()).hasSize(1);
    assertThat(ProductFile.read(write("products.txt", "name,category,price,stock\nMug,K,1,1\n")).products())
        .hasSize(1);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
