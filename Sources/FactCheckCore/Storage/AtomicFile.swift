import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Replaces files atomically: a reader sees the old bytes or the new, never a mix.
///
/// The new content goes to a temporary file in the same folder, is flushed with
/// `fsync`, renamed over the target, and the folder is synced so that the rename
/// itself survives a power cut. A process killed at any moment leaves the old
/// file or the new one, plus at worst a temporary file, which
/// `removeAbandonedTemporaries(in:)` deletes later.
public enum AtomicFile {
  /// The system call that writes bytes to a descriptor; tests substitute one that fails.
  public struct Writer: Sendable {
    /// Writes some of the buffer; returns the count written, or -1 with `errno` set.
    public var write: @Sendable (_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int

    /// Creates a writer.
    public init(write: @escaping @Sendable (_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int) {
      self.write = write
    }

    /// The real `write(2)`.
    public static let system = Writer { descriptor, buffer in systemWrite(descriptor, buffer.baseAddress, buffer.count)
    }
  }

  /// Writes `bytes` to `url` atomically, creating the folder if needed.
  ///
  /// An existing file's permissions are kept. On failure nothing at `url` has
  /// changed and the temporary file is removed.
  public static func write(_ bytes: [UInt8], to url: URL, writer: Writer = .system) throws(StorageError) {
    try write(chunks: CollectionOfOne(bytes), to: url, writer: writer)
  }

  /// Writes `chunks`, one after the other, to `url` atomically, creating the folder if needed: a file too large to
  /// hold in memory at once is produced as it is written.
  ///
  /// An existing file's permissions are kept. `check` runs once every chunk is written, before the file replaces
  /// what is at `url`: when it throws, the write is abandoned. On failure nothing at `url` has changed and the
  /// temporary file is removed.
  public static func write(
    chunks: some Sequence<[UInt8]>, to url: URL, writer: Writer = .system,
    check: () throws(StorageError) -> Void = {}
  ) throws(StorageError) {
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StorageError.cannotWrite(path: folder.path, reason: "cannot create folder")
    }
    let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw StorageError.cannotWrite(path: url.path, reason: errnoReason())
    }
    var closed = false
    defer {
      if !closed { close(descriptor) }
    }
    do throws(StorageError) {
      var existing = stat()
      if stat(url.path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
      for bytes in chunks {
        if let reason = writeAll(bytes, to: descriptor, writer: writer) {
          throw StorageError.cannotWrite(path: url.path, reason: reason)
        }
      }
      try check()
      guard fsync(descriptor) == 0 else { throw StorageError.cannotWrite(path: url.path, reason: errnoReason()) }
      closed = true
      guard close(descriptor) == 0 else { throw StorageError.cannotWrite(path: url.path, reason: errnoReason()) }
      guard rename(temporary.path, url.path) == 0 else {
        throw StorageError.cannotWrite(path: url.path, reason: errnoReason())
      }
    } catch {
      unlink(temporary.path)
      throw error
    }
    syncFolder(folder)
  }

  /// Removes the file at `url` if it exists, syncing its folder.
  public static func remove(_ url: URL) throws(StorageError) {
    guard unlink(url.path) == 0 || errno == ENOENT else {
      throw StorageError.cannotWrite(path: url.path, reason: errnoReason())
    }
    syncFolder(url.deletingLastPathComponent())
  }

  /// Deletes the temporary files in `folder` left by processes that died mid-write; returns their names.
  ///
  /// A temporary file names the process that made it; only those of
  /// processes no longer running are touched, so a write under way elsewhere
  /// is never disturbed.
  @discardableResult
  public static func removeAbandonedTemporaries(in folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var removed: [String] = []
    for name in names.sorted() {
      guard let owner = owner(ofTemporary: name), owner != getpid(), kill(owner, 0) != 0, errno == ESRCH else {
        continue
      }
      if unlink(folder.appendingPathComponent(name).path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// `.<name>.<pid>-<random>.tmp`: hidden, and naming the process that writes it.
  static func temporaryName(for name: String) -> String {
    ".\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
  }

  /// The process id in a temporary file's name, or `nil` for any other name.
  static func owner(ofTemporary name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let stem = name.dropLast(4)
    guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return nil }
    let tag = stem[stem.index(after: dot)...].split(separator: "-", omittingEmptySubsequences: false)
    guard tag.count == 2, tag.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let pid = pid_t(tag[0]), pid > 0
    else { return nil }
    return pid
  }

  /// Writes every byte, retrying short writes; returns the failure's reason, if any.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, writer: Writer) -> String? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { writer.write(descriptor, $0) }
      if written < 0 {
        if errno == EINTR { continue }
        return errnoReason()
      }
      if written == 0 { return "the disk accepted no more bytes" }
      offset += written
    }
    return nil
  }

  private static func syncFolder(_ folder: URL) {
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func errnoReason() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
