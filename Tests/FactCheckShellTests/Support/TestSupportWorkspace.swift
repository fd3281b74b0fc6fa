import TestSupport

/// Workspaces with unusual content for shell tests.
enum TestSupportWorkspace {
  /// One article whose text carries terminal escape sequences and control characters.
  static func hostile() throws -> TemporaryWorkspace {
    try TemporaryWorkspace(articles: [
      "001_hostile.txt": "The \u{1B}[31mevil\u{1B}[0m claim rings a bell\u{07}. A second \u{202E}reversed claim.\n"
    ])
  }
}
