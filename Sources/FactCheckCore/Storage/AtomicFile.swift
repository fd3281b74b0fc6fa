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
/// itself survives a power cut.
public enum AtomicFile {
  /// Writes `bytes` to `url` atomically, creating the folder if needed.
  public static func write(_ bytes: [UInt8], to url: URL) throws(StorageError) {
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StorageError.cannotWrite(path: folder.path, reason: "cannot create folder")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw StorageError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
    }
    var closed = false
    defer {
      if !closed { close(descriptor) }
    }
    do throws(StorageError) {
      if let reason = writeAll(bytes, to: descriptor) {
        throw StorageError.cannotWrite(path: url.path, reason: reason)
      }
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

  /// Writes every byte, retrying short writes; returns the failure's reason, if any.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errnoReason()
      }
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
