import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck textconv FILE`: an annotation file as one line per claim, for `git diff`.
struct TextconvCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "textconv",
    abstract: "Print an annotation file as one line per claim (git's textconv for annotation files).",
    discussion: """
      Each line names a claim by its id and the start of its quote, then gives the verdict, note, caveats, \
      evidence, any merge conflict, and who changed it when. Set up by 'factcheck init', so that \
      'git diff' and 'git log -p' show a changed verdict as one line removed and one added. A file that \
      is not a valid annotation file is printed as it is, after a warning line.
      """
  )

  @Argument(help: ArgumentHelp("The annotation file (git passes a temporary copy).", valueName: "file"))
  var file: String

  func run() throws {
    try CommandLineEdge.run {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw StorageError.cannotRead(path: file, reason: "no such file or not readable")
      }
      let bytes = Array(data)
      let text: String
      do {
        text = AnnotationTextconv.render(try AnnotationCodec.decode(bytes, file: file))
      } catch {
        text = AnnotationTextconv.renderUnreadable(bytes, error: error)
      }
      Console.out(text)
    }
  }
}
