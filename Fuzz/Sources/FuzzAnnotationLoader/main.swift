import FactCheckCore

#if canImport(Glibc)
  import Glibc
#endif

/// One input: arbitrary bytes decoded as an annotation file; what loads must survive a save and a load.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAnnotationLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  if case .loaded(let annotations, _) = AnnotationStore.decode(bytes, file: "fuzz.json") {
    let encoded = Array(AnnotationCodec.encode(annotations).utf8)
    guard case .loaded(let again, _) = AnnotationStore.decode(encoded, file: "fuzz.json"), again == annotations else {
      fatalError("a loaded file does not survive save and load")
    }
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
exit(runFuzzer(&argc, &argv, fuzzAnnotationLoader))
