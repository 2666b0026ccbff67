import Glibc
import Synchronization

/// The terminal's safety net: termination signals set a flag; crash signals restore the tty.
///
/// SIGTERM, SIGHUP and SIGINT only record the signal (an async-signal-safe atomic store); the run
/// loop sees `pendingSignal` within one tick, quits, and the session restores the terminal with
/// `endwin`. A crash (SIGSEGV, SIGILL from a Swift trap, SIGABRT, ...) cannot run ncurses, so its
/// handler restores the saved termios and writes a fixed reset sequence (leave the alternate
/// screen, show the cursor, stop mouse reporting), then re-raises the signal with the default
/// action so the crash is still reported.
enum SignalGuard {
  static let termination: [Int32] = [SIGTERM, SIGHUP, SIGINT]
  static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// The last termination signal received, 0 if none.
  static let pendingSignal = Atomic<Int32>(0)

  /// Saves the terminal modes and installs the handlers. Call before ncurses starts.
  static func install() {
    pendingSignal.store(0, ordering: .relaxed)
    if tcgetattr(0, &savedModes) == 0 { hasSavedModes.store(true, ordering: .relaxed) }
    for signal in termination {
      handle(signal, with: { SignalGuard.pendingSignal.store($0, ordering: .relaxed) })
    }
    for signal in crashes { handle(signal, with: { SignalGuard.restoreAfterCrash(signal: $0) }) }
  }

  /// Puts back the default handlers. Call after ncurses has ended.
  static func uninstall() {
    for signal in termination + crashes { Glibc.signal(signal, SIG_DFL) }
    hasSavedModes.store(false, ordering: .relaxed)
  }

  private static func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: a blocked read returns so the loop sees the flag
    sigaction(signal, &action, nil)
  }

  fileprivate static func restoreAfterCrash(signal: Int32) {
    if hasSavedModes.load(ordering: .relaxed) {
      _ = tcsetattr(0, TCSANOW, &savedModes)
      resetSequence.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
    }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
  }

  // Written once in `install`, before any handler that reads it exists.
  nonisolated(unsafe) private static var savedModes = termios()
  private static let hasSavedModes = Atomic<Bool>(false)
  private static let resetSequence: [UInt8] = Array(
    "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)
}
