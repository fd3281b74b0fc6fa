/// Small articles written for tests, so that tests never depend on how the seeds are split.
public enum Fixtures {
  /// The file name of `budget`.
  public static let budgetFile = "001_budget.txt"

  /// Four plain sentences, each a claim under any reasonable splitter.
  public static let budget = """
    The ministry said the budget grew by 4% in 2025. Critics said spending on schools fell by 12 million euros. \
    The report was published on Monday by the national audit office.

    The minister resigned on Friday after two years in office.

    """
}
