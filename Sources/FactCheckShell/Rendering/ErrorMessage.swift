import FactCheckCore

/// Turns any error the shell meets into its one-line message.
///
/// The only place errors become text, so every message reads alike.
public enum ErrorMessage {
  /// The short lowercase message for `error`.
  public static func describe(_ error: any Error) -> String {
    switch error {
    case let error as ShellError: error.description
    case let error as ReviewError: error.description
    case let error as WorkspaceError: error.description
    case let error as StorageError: error.description
    case let error as AnnotationFileError: error.description
    case let error as CustomStringConvertible: error.description
    default: "\(error)"
    }
  }
}
