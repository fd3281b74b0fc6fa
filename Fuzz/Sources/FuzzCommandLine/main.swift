import FactCheckShell

#if canImport(Glibc)
  import Glibc
#endif

/// One input: arbitrary bytes as a typed command line.
///
/// Cutting it into words or into `;`-separated commands must not crash, and
/// the commands joined by `;` must give back the line exactly.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommandLine(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  let line = String(decoding: bytes, as: UTF8.self)
  if let words = try? CommandLineTokenizer.words(line) {
    for word in words where word.column < 1 || word.column > line.count {
      fatalError("word column \(word.column) outside a line of \(line.count) characters")
    }
  }
  if let commands = try? CommandLineTokenizer.commands(line), commands.joined(separator: ";") != line {
    fatalError("commands do not join back into the line")
  }
  for index in line.indices.prefix(64) {
    _ = CommandLineTokenizer.rest(of: line, from: index)
  }
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzer(&argc, &argv, fuzzCommandLine))
