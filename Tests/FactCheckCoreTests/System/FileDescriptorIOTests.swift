import Foundation
import Testing

@testable import FactCheckCore

/// Counts SIGUSR2 deliveries (a signal handler may only touch lock-free state).
private enum Interruptions {
  nonisolated(unsafe) static var count: sig_atomic_t = 0
  static func increment() { count += 1 }
  static func load() -> sig_atomic_t { count }
}

@Suite("File descriptor I/O")
struct FileDescriptorIOTests {
  @Test("what is written to a pipe is read back whole, beyond the pipe's buffer")
  func roundTrip() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    let payload = (0..<300_000).map { UInt8($0 % 251) }
    let reader = PipeReader(descriptors[0])
    #expect(FileDescriptorIO.writeAllToPipe(payload, descriptor: descriptors[1]))
    #expect(reader.finish() == payload)
    close(descriptors[0])
  }

  @Test("writing to a pipe whose reader has gone fails instead of killing the process")
  func brokenPipe() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    close(descriptors[0])
    #expect(!FileDescriptorIO.writeAllToPipe(Array("lost".utf8), descriptor: descriptors[1]))
    var pending = sigset_t()
    sigpending(&pending)
    #expect(sigismember(&pending, SIGPIPE) == 0)
  }

  @Test("a read interrupted by a signal is retried, not mistaken for the end")
  func interruptedRead() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    // A handler installed without SA_RESTART makes a blocked read() fail with EINTR.
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in Interruptions.increment() }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    var previous = sigaction()
    sigaction(SIGUSR2, &action, &previous)
    defer { sigaction(SIGUSR2, &previous, nil) }
    let started = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var thread = pthread_t()
    nonisolated(unsafe) var result: [UInt8] = []
    let readDescriptor = descriptors[0]
    Thread.detachNewThread {
      // The test runner's threads may block signals; this one must receive SIGUSR2.
      var unblocked = sigset_t()
      sigemptyset(&unblocked)
      sigaddset(&unblocked, SIGUSR2)
      pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
      thread = pthread_self()
      started.signal()
      result = FileDescriptorIO.readAll(readDescriptor)
      finished.signal()
    }
    started.wait()
    usleep(50_000)
    pthread_kill(thread, SIGUSR2)
    usleep(50_000)
    #expect(FileDescriptorIO.writeAll(Array("after the signal".utf8), to: descriptors[1]))
    close(descriptors[1])
    finished.wait()
    #expect(Interruptions.load() > 0, "the signal never interrupted the read")
    #expect(String(decoding: result, as: UTF8.self) == "after the signal")
    close(descriptors[0])
  }
}
