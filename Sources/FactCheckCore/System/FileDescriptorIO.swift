#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing whole streams on file descriptors, robust to signals.
///
/// Foundation's `FileHandle` convenience methods trap on any error, including
/// `EINTR` when a signal (such as `SIGCHLD` from a finished subprocess) lands
/// mid-call. These loops retry interrupted calls and report other failures.
public enum FileDescriptorIO {
  /// Everything readable from `descriptor` until end of file (or the first real error).
  public static func readAll(_ descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes.append(contentsOf: buffer[0..<count])
      } else if count == 0 || errno != EINTR {
        return bytes
      }
    }
  }

  /// Writes all of `bytes`, retrying interrupted and short writes; returns `false` on failure.
  @discardableResult
  public static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Bool {
    let array = Array(bytes)
    var offset = 0
    while offset < array.count {
      let written = array[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }

  /// Writes `bytes` to a pipe whose reader may exit early, then closes it.
  ///
  /// `SIGPIPE` is blocked on the calling thread for the duration, so a reader
  /// that went away makes the write fail with `EPIPE` instead of killing the process.
  @discardableResult
  public static func writeAllToPipe(_ bytes: [UInt8], descriptor: Int32) -> Bool {
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGPIPE)
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    let succeeded = writeAll(bytes, to: descriptor)
    close(descriptor)
    // Discard a SIGPIPE raised by a failed write before unblocking, so it is not delivered later.
    var pending = sigset_t()
    sigpending(&pending)
    if sigismember(&pending, SIGPIPE) == 1 {
      var timeout = timespec(tv_sec: 0, tv_nsec: 0)
      sigtimedwait(&blocked, nil, &timeout)
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    return succeeded
  }
}
