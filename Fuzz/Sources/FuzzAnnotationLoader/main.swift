import FactCheckCore

#if canImport(Glibc)
  import Glibc
#endif

/// A small article to re-anchor whatever claims a fuzzed file holds against.
let article = Article(
  fileName: "001_fuzz.txt",
  bytes: Array(
    """
    12 March 2024

    The council said the barrier cost 41 million euros. Photo: the barrier at high tide.
    The mayor claimed that premiums would fall by a fifth. Photo: the barrier at high tide.
    Caf\u{E9} owners \u{201C}welcomed\u{201D} it \u{1F600}.

    """.utf8))

/// One input: arbitrary bytes read as an annotation file.
///
/// Whatever loads must survive a save and a load unchanged, and re-anchoring
/// its claims must keep every one of them, anchored to its quote or orphaned.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAnnotationLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  guard case .loaded(let annotations, _) = AnnotationStore.decode(bytes, file: "fuzz.json") else { return 0 }
  let encoded = Array(AnnotationCodec.encode(annotations).utf8)
  guard case .loaded(let again, _) = AnnotationStore.decode(encoded, file: "fuzz.json"), again == annotations else {
    fatalError("a loaded file does not survive save and load")
  }
  let outcome = Reanchorer().anchor(annotations.claims, recordedHash: annotations.articleSHA256, in: article)
  guard outcome.anchored.count + outcome.orphans.count == annotations.claims.count else {
    fatalError("re-anchoring lost a claim")
  }
  for claim in outcome.anchored where article.text[claim.anchor.span] != claim.anchor.quote {
    fatalError("a claim was anchored where its quote is not")
  }
  _ = ArticleReview(article: article, stored: annotations)
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
