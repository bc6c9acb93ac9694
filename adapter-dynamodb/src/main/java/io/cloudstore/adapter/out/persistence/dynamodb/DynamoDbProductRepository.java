package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.CATEGORY;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.CATEGORY_INDEX;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.PRODUCT_ID;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.SEARCH_TEXT;
import static io.cloudstore.adapter.out.persistence.dynamodb.ProductDynamoItem.VERSION;

import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.Chunk;
import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.ReadBudget;
import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * The catalog in the Products table. Listing without a category scans the table (DynamoDB's order,
 * stable across pages); with a category it queries {@code category-index}. Text search adds a filter on
 * {@code search_text}, which DynamoDB applies after reading, so every item read is paid for; each page
 * reads within a {@link ReadBudget}.
 */
final class DynamoDbProductRepository implements ProductRepository {
  /** A bound on the requests of one category count: 1 MB each, far beyond a shop catalog. */
  static final int MAX_COUNT_REQUESTS = 100;

  private static final Logger LOG = LoggerFactory.getLogger(DynamoDbProductRepository.class);
  private static final String ALL_PRODUCTS = "products";
  private static final String IN_CATEGORY = "category";

  private final DynamoDbClient client;
  private final String table;
  private final PageCursors cursors;
  private final BatchReads batchReads;
  private final ConflictRetry conflictRetry;
  private final ReadBudget searchBudget;

  DynamoDbProductRepository(
      DynamoDbClient client, String table, PageCursors cursors, Backoff backoff, ReadBudget searchBudget) {
    this.client = client;
    this.table = table;
    this.cursors = cursors;
    this.batchReads = new BatchReads(client, backoff);
    this.conflictRetry = new ConflictRetry(backoff);
    this.searchBudget = searchBudget;
  }

  @Override
  public void create(Product product) {
    try {
      client.putItem(r -> r.tableName(table)
          .item(ProductItemMapper.toItem(product))
          .conditionExpression("attribute_not_exists(#id)")
          .expressionAttributeNames(Map.of("#id", PRODUCT_ID)));
    } catch (ConditionalCheckFailedException e) {
      throw new IllegalStateException("product id " + product.id() + " is taken", e);
    } catch (SdkException e) {
      throw StorageErrors.translate("create a product", e);
    }
  }

  @Override
  public void update(Product product) {
    Map<String, AttributeValue> item = new HashMap<>(ProductItemMapper.toItem(product));
    item.put(VERSION, Values.n(product.version() + 1));
    try {
      client.putItem(r -> r.tableName(table)
          .item(item)
          .conditionExpression("attribute_exists(#id) AND #version = :expected")
          .expressionAttributeNames(Map.of("#id", PRODUCT_ID, "#version", VERSION))
          .expressionAttributeValues(Map.of(":expected", Values.n(product.version()))));
    } catch (ConditionalCheckFailedException | TransactionConflictException e) {
      throw new ConcurrentUpdateException("product " + product.id() + " changed since it was read");
    } catch (SdkException e) {
      throw StorageErrors.translate("update a product", e);
    }
  }

  @Override
  public boolean delete(ProductId id) {
    return conflictRetry.write("delete a product", () ->
        client.deleteItem(r -> r.tableName(table).key(ProductItemMapper.key(id)).returnValues(ReturnValue.ALL_OLD))
            .hasAttributes());
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    var response = StorageErrors.call("read a product", () ->
        client.getItem(r -> r.tableName(table).key(ProductItemMapper.key(id)).consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(ProductItemMapper.toProduct(response.item()))
        : Optional.empty();
  }

  @Override
  public Map<ProductId, Product> findAllById(Collection<ProductId> ids) {
    List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(ids).stream().map(ProductItemMapper::key).toList();
    return batchReads.read("read products", table, keys, Optional.empty(), Map.of()).stream()
        .map(ProductItemMapper::toProduct)
        .collect(Collectors.toMap(Product::id, Function.identity()));
  }

  @Override
  public Page<Product> search(ProductSearch search, PageRequest page) {
    Optional<ReadBudget> budget = search.foldedText().map(text -> searchBudget);
    PageReader.Result result =
        search.category()
            .map(category -> readCategory(category, search.foldedText(), page, budget))
            .orElseGet(() -> readAll(search.foldedText(), page, budget));
    return new Page<>(
        result.items().stream().map(ProductItemMapper::toProduct).toList(),
        result.next().map(key -> encode(search, key)));
  }

  private PageReader.Result readAll(Optional<String> text, PageRequest page, Optional<ReadBudget> budget) {
    Map<String, AttributeValue> start =
        page.cursor().map(c -> cursors.decode(c, ALL_PRODUCTS, "", Set.of(PRODUCT_ID))).orElse(Map.of());
    return PageReader.read(
        (from, limit) -> {
          ScanRequest.Builder request = ScanRequest.builder().tableName(table).limit(limit);
          if (!from.isEmpty()) {
            request.exclusiveStartKey(from);
          }
          text.ifPresent(t -> request.filterExpression("contains(#text, :text)")
              .expressionAttributeNames(Map.of("#text", SEARCH_TEXT))
              .expressionAttributeValues(Map.of(":text", Values.s(t))));
          ScanResponse response = StorageErrors.call("list products", () -> client.scan(request.build()));
          return new Chunk(response.items(), response.lastEvaluatedKey());
        },
        start, page.limit(), budget, item -> Map.of(PRODUCT_ID, item.get(PRODUCT_ID)));
  }

  private PageReader.Result readCategory(
      Category category, Optional<String> text, PageRequest page, Optional<ReadBudget> budget) {
    Map<String, AttributeValue> start =
        page.cursor()
            .map(c -> cursors.decode(c, IN_CATEGORY, category.value(), Set.of(CATEGORY, PRODUCT_ID)))
            .orElse(Map.of());
    Map<String, String> names = new HashMap<>(Map.of("#category", CATEGORY));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":category", Values.s(category.value())));
    text.ifPresent(t -> {
      names.put("#text", SEARCH_TEXT);
      values.put(":text", Values.s(t));
    });
    return PageReader.read(
        (from, limit) -> {
          QueryRequest.Builder request =
              QueryRequest.builder().tableName(table).indexName(CATEGORY_INDEX).limit(limit)
                  .keyConditionExpression("#category = :category")
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(values);
          if (!from.isEmpty()) {
            request.exclusiveStartKey(from);
          }
          text.ifPresent(t -> request.filterExpression("contains(#text, :text)"));
          QueryResponse response = StorageErrors.call("list products", () -> client.query(request.build()));
          return new Chunk(response.items(), response.lastEvaluatedKey());
        },
        start, page.limit(), budget,
        item -> Map.of(CATEGORY, item.get(CATEGORY), PRODUCT_ID, item.get(PRODUCT_ID)));
  }

  private String encode(ProductSearch search, Map<String, AttributeValue> key) {
    return search.category()
        .map(category -> cursors.encode(IN_CATEGORY, category.value(), key))
        .orElseGet(() -> cursors.encode(ALL_PRODUCTS, "", key));
  }

  /** Reads the {@code category} of every product: the whole table is read and billed, a page at a time. */
  @Override
  public List<CategoryCount> countByCategory() {
    Map<String, Long> counts = new TreeMap<>(); // sorted by category name, as the port promises
    Map<String, AttributeValue> from = Map.of();
    for (int requests = 1; ; requests++) {
      ScanRequest.Builder request = ScanRequest.builder().tableName(table)
          .projectionExpression("#category")
          .expressionAttributeNames(Map.of("#category", CATEGORY));
      if (!from.isEmpty()) {
        request.exclusiveStartKey(from);
      }
      ScanResponse response = StorageErrors.call("count categories", () -> client.scan(request.build()));
      response.items().forEach(item -> counts.merge(item.get(CATEGORY).s(), 1L, Long::sum));
      from = response.lastEvaluatedKey();
      if (from.isEmpty()) {
        break;
      }
      if (requests == MAX_COUNT_REQUESTS) {
        LOG.warn("Category counts stopped after {} scan requests; the counts are incomplete", requests);
        break;
      }
    }
    return counts.entrySet().stream()
        .map(e -> new CategoryCount(new Category(e.getKey()), e.getValue()))
        .toList();
  }

  @Override
  public boolean isEmpty() {
    ScanResponse response = StorageErrors.call("check for products", () ->
        client.scan(r -> r.tableName(table).limit(1)
            .projectionExpression("#id")
            .expressionAttributeNames(Map.of("#id", PRODUCT_ID))));
    return response.items().isEmpty();
  }
}
