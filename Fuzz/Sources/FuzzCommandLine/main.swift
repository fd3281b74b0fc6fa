import FactCheckShell

#if canImport(Glibc)
  import Glibc
#endif

/// One input: arbitrary bytes as a typed command line, cut into words and into `;`-separated commands.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommandLine(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  let line = String(decoding: bytes, as: UTF8.self)
  _ = try? CommandLineTokenizer.words(line)
  _ = try? CommandLineTokenizer.commands(line)
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
