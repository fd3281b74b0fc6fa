import Testing

@testable import FactCheckCore

@Suite("Binary search for a partition point")
struct PartitioningIndexTests {
  @Test("the first element past the partition, as a scan from the start finds it, for every list and cut")
  func againstScan() {
    for count in 0...9 {
      let sorted = (0..<count).map { $0 * 2 }
      for cut in -1...(2 * count + 1) {
        let expected = sorted.firstIndex { $0 >= cut } ?? sorted.endIndex
        #expect(sorted.partitioningIndex { $0 >= cut } == expected)
        let slice = sorted.dropFirst(count / 3)
        #expect(slice.partitioningIndex { $0 >= cut } == (slice.firstIndex { $0 >= cut } ?? slice.endIndex))
      }
    }
  }
}
