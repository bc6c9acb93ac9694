package io.cloudstore.bench.reference;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic product data for the benchmarks: the seeder stores these products in the shop, and the
 * bare Javalin reference answers with the same data, so both send payloads of the same size.
 */
public final class SampleCatalog {
  public static final String CURRENCY = "USD";

  private static final List<String> ADJECTIVES = List.of(
      "Bright", "Classic", "Compact", "Deluxe", "Everyday", "Gentle", "Handmade", "Heritage", "Light", "Modern",
      "Organic", "Premium", "Rugged", "Smooth", "Sturdy", "Vintage");
  private static final List<String> NOUNS = List.of(
      "Backpack", "Blanket", "Bottle", "Candle", "Chair", "Coffee", "Grinder", "Kettle", "Lamp", "Mug", "Notebook",
      "Pan", "Scarf", "Teapot", "Towel", "Wallet");
  /**
   * Every product's description names one of these notes, drawn independently of its name, so a search
   * for one matches about 1 product in 40 spread evenly through the catalog's name order.
   */
  public static final List<String> NOTES = List.of(
      "almond", "amber", "apricot", "basil", "bergamot", "birch", "caramel", "cedar", "cherry", "cinnamon",
      "citrus", "clove", "cocoa", "fig", "ginger", "hazelnut", "honey", "jasmine", "juniper", "lavender",
      "lemon", "lime", "mango", "maple", "mint", "nutmeg", "oak", "orange", "peach", "pear", "pepper", "pine",
      "plum", "raspberry", "rose", "saffron", "sage", "sandalwood", "vanilla", "walnut");
  /** Twelve categories, so a category page filters one product in twelve. */
  public static final List<String> CATEGORIES = List.of(
      "Bags", "Bath", "Books", "Coffee", "Decor", "Garden", "Kitchen", "Lighting", "Office", "Outdoor", "Tea",
      "Textiles");

  private SampleCatalog() {}

  /** The fields an admin sends for the product with this number. */
  public static SampleProduct product(int number, int stock) {
    String adjective = ADJECTIVES.get(number % ADJECTIVES.size());
    String noun = NOUNS.get((number / ADJECTIVES.size()) % NOUNS.size());
    String note = NOTES.get(new SplittableRandom(number).nextInt(NOTES.size()));
    String name = adjective + " " + noun + " No. " + number;
    String description =
        "A " + adjective.toLowerCase() + " " + noun.toLowerCase() + " made in small batches, with a hint of "
            + note + ". Built to last, easy to clean and packed in recycled paper. Item " + number + ".";
    String category = CATEGORIES.get(number % CATEGORIES.size());
    long price = 500 + (number * 7919L) % 19_500;
    String imageUrl = "/images/products/item-" + (number % 64) + ".svg";
    return new SampleProduct(name, description, category, price, imageUrl, stock);
  }

  /** What an admin sends to create a product, and what the reference server shows of one. */
  public record SampleProduct(
      String name, String description, String category, long price, String imageUrl, int stock) {}
}
