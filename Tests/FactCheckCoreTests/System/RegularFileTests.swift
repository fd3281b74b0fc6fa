import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Regular files")
struct RegularFileTests {
  @Test("kind tells a regular file, a link, a folder and nothing apart, without following the link")
  func kinds() throws {
    let temp = try TemporaryWorkspace(copySeeds: false)
    try temp.write("a.txt", "text")
    let root = temp.root.path
    try FileManager.default.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: root + "/a.txt")
    #expect(RegularFile.kind(atPath: root + "/a.txt") == .regular)
    #expect(RegularFile.kind(atPath: root + "/link.txt") == .symbolicLink)
    #expect(RegularFile.kind(atPath: root + "/seeds") == .other)
    #expect(RegularFile.kind(atPath: root + "/missing.txt") == .missing)
    #expect(RegularFile.kind(atPath: root + "/a.txt/below") == .missing)
  }

  @Test("read gives every byte of a file, empty or large, and says why it cannot read a folder or nothing")
  func reading() throws {
    let temp = try TemporaryWorkspace(copySeeds: false)
    let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(large).write(to: temp.root.appendingPathComponent("large.bin"))
    try temp.write("empty.txt", "")
    #expect(try RegularFile.read(atPath: temp.root.path + "/large.bin").get() == large)
    #expect(try RegularFile.read(atPath: temp.root.path + "/empty.txt").get() == [])
    #expect(throws: RegularFile.ReadFailure.notRegular) { try RegularFile.read(atPath: temp.seeds.path).get() }
    #expect(throws: RegularFile.ReadFailure(errno: ENOENT)) {
      try RegularFile.read(atPath: temp.root.path + "/missing").get()
    }
    #expect(RegularFile.ReadFailure(errno: ENOENT).description == "no such file")
  }
}
