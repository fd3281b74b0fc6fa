#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What is at a path, and reading a regular file whole, with one system call per step and no more.
///
/// Listing progress over ten thousand articles reads twenty thousand files: the few microseconds Foundation adds
/// to each look at a path are then most of the time.
public enum RegularFile {
  /// What a path names, without following a final symbolic link.
  public enum Kind: Sendable, Equatable {
    /// Nothing.
    case missing
    /// A regular file.
    case regular
    /// A symbolic link.
    case symbolicLink
    /// A folder, device, pipe or socket, or a path that cannot be looked at (`lstat` fails otherwise).
    case other
  }

  /// What `path` names.
  public static func kind(atPath path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .other }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// The bytes of the regular file at `path` (a final symbolic link followed), or why it cannot be read.
  public static func read(atPath path: String) -> Result<[UInt8], ReadFailure> {
    var descriptor: Int32
    repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
    guard descriptor >= 0 else { return .failure(ReadFailure(errno: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(ReadFailure(errno: errno)) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
    let size = Int(status.st_size)
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      while initialized < size {
        let count = systemRead(descriptor, base + initialized, size - initialized)
        if count > 0 {
          initialized += count
        } else if count == 0 {
          break
        } else if errno != EINTR {
          failure = errno
          break
        }
      }
    }
    guard failure == 0 else { return .failure(ReadFailure(errno: failure)) }
    // A file that grew since `fstat`: the rest too.
    if bytes.count == size {
      var extra: UInt8 = 0
      if systemRead(descriptor, &extra, 1) == 1 {
        bytes.append(extra)
        bytes.append(contentsOf: FileDescriptorIO.readAll(descriptor))
      }
    }
    return .success(bytes)
  }

  private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  /// Why a file could not be read.
  public struct ReadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `errno` value, or 0 for `notRegular`.
    public var errno: Int32

    /// The path names a folder, device, pipe or socket.
    public static let notRegular = ReadFailure(errno: 0)

    public var description: String {
      switch errno {
      case 0: "not a regular file"
      case ENOENT: "no such file"
      case EACCES: "permission denied"
      default: String(cString: strerror(errno))
      }
    }
  }
}
