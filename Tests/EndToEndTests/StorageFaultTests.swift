import FactCheckCore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Storage faults: a save that fails is an error, and nothing is lost")
struct StorageFaultTests {
  static let file = "001_fixture.txt"
  static let annotation = "annotations/001_fixture.json"

  /// A workspace with one verdict saved, and the numbers of two claims (found by their text).
  private func reviewed() throws -> (TemporaryWorkspace, saved: Int, other: Int) {
    let workspace = try TemporaryWorkspace(articles: [Self.file: Fixtures.article])
    let bench = Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: "x")
    let claims = try bench.review(Self.file).claims
    let cost = try #require(claims.first { $0.text.contains("41 million") }).number
    let mayor = try #require(claims.first { $0.text.contains("insurance premiums") }).number
    #expect(try Binary.run(["-c", "open 1; verify \(cost) budget papers"], in: workspace.root).status == 0)
    return (workspace, cost, mayor)
  }

  /// Runs a script of commands, expecting the failing line to name `reason`; checks that nothing changed.
  private func expectFailedSave(
    in workspace: TemporaryWorkspace, other: Int, reason: String, launcher: [String] = [],
    executable: URL = Binary.url, note: String = "no source"
  ) throws {
    let before = try #require(workspace.read(Self.annotation))
    let shell = try RunningShell(in: workspace.root, launcher: launcher, executable: executable)
    shell.send("open 1")
    shell.send("dispute \(other) \(note)")
    shell.send("show \(other)")
    let status = shell.finish()
    #expect(status == 1)
    #expect(shell.stderr.contains("error: line 2: cannot save \(Self.annotation): \(reason)"), "\(shell.stderr)")
    // Not acknowledged, not applied: the claim still shows unreviewed.
    #expect(!shell.stdout.contains("✗ disputed"), "\(shell.stdout)")
    #expect(shell.stdout.contains("· unreviewed"), "\(shell.stdout)")
    #expect(workspace.read(Self.annotation) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.annotations.path)
    #expect(leftovers == ["001_fixture.json"])
  }

  @Test("an annotations folder that is not writable: the save fails with the reason, the old file stays")
  func notWritable() throws {
    let (workspace, _, other) = try reviewed()
    if getuid() == 0 {
      // Root may write anywhere: run factcheck as an unprivileged user instead, from a copy it can reach.
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
        try Test.cancel("running as root without setpriv (util-linux): cannot drop privileges to test this")
      }
      for folder in [workspace.root, workspace.seeds] {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
      }
      let copy = workspace.root.appendingPathComponent("factcheck")
      try FileManager.default.copyItem(at: Binary.url, to: copy)
      try expectFailedSave(
        in: workspace, other: other, reason: "permission denied",
        launcher: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], executable: copy)
    } else {
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: workspace.annotations.path)
      defer {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.annotations.path)
      }
      try expectFailedSave(in: workspace, other: other, reason: "permission denied")
    }
  }

  @Test("a write the system refuses part-way (file size limit): the save fails, a smaller one then succeeds")
  func writeRefused() throws {
    let (workspace, _, other) = try reviewed()
    // `ulimit -f` makes write(2) fail with EFBIG past 64 KiB; SIGXFSZ is ignored so that the call fails instead.
    let launcher = ["/bin/sh", "-c", "ulimit -f 128 && trap '' XFSZ && exec \"$0\" \"$@\""]
    try expectFailedSave(
      in: workspace, other: other, reason: "file too large", launcher: launcher,
      note: String(repeating: "long note ", count: 10_000))
    let retry = try Binary.run(["-c", "open 1; dispute \(other) no source"], in: workspace.root)
    #expect(retry.status == 0, "\(retry.stderr)")
    #expect(workspace.read(Self.annotation)?.contains("\"note\": \"no source\"") == true)
  }

  @Test("a full disk (a small tmpfs): the save fails, nothing is lost, and it works once space is freed")
  func fullDisk() throws {
    let (workspace, _, other) = try reviewed()
    let saved = try #require(workspace.read(Self.annotation))
    let mountPoint = workspace.annotations.path
    let moved = workspace.root.appendingPathComponent("saved.json")
    try FileManager.default.moveItem(at: workspace.root.appendingPathComponent(Self.annotation), to: moved)
    guard Self.mountTmpfs(at: mountPoint, size: "256k") else {
      try Test.cancel(
        "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN); disk-full is covered by AtomicFileTests")
    }
    defer { umount(mountPoint) }
    try FileManager.default.copyItem(at: moved, to: workspace.root.appendingPathComponent(Self.annotation))
    // Fill the file system to the last byte.
    let filler = workspace.annotations.appendingPathComponent("filler")
    let descriptor = open(filler.path, O_WRONLY | O_CREAT, 0o644)
    let block = [UInt8](repeating: 0, count: 4096)
    while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, 1) }) > 0 {}
    close(descriptor)
    let before = try #require(workspace.read(Self.annotation))
    #expect(before == saved)
    let shell = try RunningShell(in: workspace.root)
    shell.send("open 1")
    shell.send("dispute \(other) no source")
    shell.send("show \(other)")
    #expect(shell.finish() == 1)
    #expect(
      shell.stderr.contains("error: line 2: cannot save \(Self.annotation): no space left on device"), "\(shell.stderr)"
    )
    #expect(shell.stdout.contains("· unreviewed"))
    #expect(workspace.read(Self.annotation) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint).sorted() == ["001_fixture.json", "filler"])
    try FileManager.default.removeItem(at: filler)
    let retry = try Binary.run(["-c", "open 1; dispute \(other) no source"], in: workspace.root)
    #expect(retry.status == 0, "\(retry.stderr)")
    #expect(workspace.read(Self.annotation)?.contains("\"note\": \"no source\"") == true)
  }

  /// Mounts a tmpfs of `size` at `path`; false when this machine does not allow it.
  static func mountTmpfs(at path: String, size: String) -> Bool {
    mount("tmpfs", path, "tmpfs", 0, "size=\(size),mode=0755") == 0
  }
}
