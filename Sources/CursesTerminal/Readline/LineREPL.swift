import CNcursesw
import CReadline
import Glibc
import MiniPython
import Synchronization

/// The plain line REPL of `backprop repl`: GNU readline on the terminal, no full screen.
///
/// Prompts `>>> ` and `... `, history saved across sessions, Tab completion from a closure,
/// Ctrl-C cancels the line (or the open block) and prints `KeyboardInterrupt`, Ctrl-D on an empty
/// line exits. When standard input is not a terminal, lines are read plainly without prompts, so
/// `backprop repl < script.py` works too.
public enum LineREPL {
  /// Runs until end of input.
  ///
  /// - Parameters:
  ///   - historyPath: the history file (`HistoryFile.path(environment:)`), or `nil`.
  ///   - evaluate: runs a complete statement or block and prints its output itself.
  ///   - isComplete: whether a first line is a whole statement (MiniPython's needs-more-input
  ///     check, negated); blocks are then collected until a blank line.
  ///   - complete: completion candidates for the word before the caret (`np.ze` → `np.zeros`).
  ///   - interrupt: raised when Ctrl-C is pressed while `evaluate` runs (the interpreter then
  ///     stops with `KeyboardInterrupt`).
  public static func run(
    historyPath: String?, evaluate: @escaping (String) -> Void,
    isComplete: @escaping (String) -> Bool,
    complete: @escaping LineCompletion, interrupt: InterruptFlag? = nil
  ) {
    guard isatty(0) == 1 else {
      var block = ReplBlock()
      while let line = readLine() {
        if case .evaluate(let source) = block.add(line, isComplete: isComplete) { evaluate(source) }
      }
      if !block.lines.isEmpty { evaluate(block.lines.joined(separator: "\n")) }
      return
    }
    runInteractive(
      historyPath: historyPath, evaluate: watched(evaluate, raising: interrupt),
      isComplete: isComplete, complete: complete)
  }

  /// Whether Ctrl-C was pressed since the last line; a long evaluation may poll it to stop early.
  public static var isInterruptRequested: Bool { interrupted.load(ordering: .relaxed) }

  private static let interrupted = Atomic<Bool>(false)
  private static let wakeFileDescriptor = Atomic<Int32>(-1)
  nonisolated(unsafe) private static var block = ReplBlock()
  nonisolated(unsafe) private static var isDone = false
  nonisolated(unsafe) private static var isWakeHandled = false
  nonisolated(unsafe) private static let prompts = (first: strdup(">>> ")!, more: strdup("... ")!)

  private static func runInteractive(
    historyPath: String?, evaluate: @escaping (String) -> Void,
    isComplete: @escaping (String) -> Bool,
    complete: @escaping LineCompletion
  ) {
    var wake: [Int32] = [-1, -1]
    guard pipe(&wake) == 0 else { return }
    defer {
      Glibc.close(wake[0])
      Glibc.close(wake[1])
    }
    wakeFileDescriptor.store(wake[1], ordering: .relaxed)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      LineREPL.interrupted.store(true, ordering: .relaxed)
      var byte: UInt8 = 3
      _ = write(LineREPL.wakeFileDescriptor.load(ordering: .relaxed), &byte, 1)
    }
    sigemptyset(&action.sa_mask)
    var previous = sigaction()
    sigaction(SIGINT, &action, &previous)
    defer { sigaction(SIGINT, &previous, nil) }

    cr_use_terminal()
    ReadlineBridge.complete = complete
    ReadlineBridge.configureCommon()
    if let historyPath { read_history(historyPath) }
    block = ReplBlock()
    isDone = false
    ReadlineBridge.onLine = { line in
      guard let line else {
        isDone = true
        rl_callback_handler_remove()  // now, or readline shows one more prompt before we leave
        return
      }
      interrupted.store(false, ordering: .relaxed)
      if case .evaluate(let source) = block.add(line, isComplete: isComplete) {
        evaluate(source)
        fflush(cn_stdout())
      }
      rl_set_prompt(block.lines.isEmpty ? prompts.first : prompts.more)
    }
    rl_callback_handler_install(prompts.first, ReadlineBridge.lineHandler)
    var descriptors = [
      pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wake[0], events: Int16(POLLIN), revents: 0),
    ]
    while !isDone {
      guard poll(&descriptors, 2, -1) > 0 else { continue }  // EINTR: poll again
      if descriptors[1].revents != 0 {
        var bytes = [UInt8](repeating: 0, count: 16)
        _ = read(wake[0], &bytes, bytes.count)
        if isWakeHandled {
          isWakeHandled = false
        } else {
          cancelLine()
        }
      } else if descriptors[0].revents & Int16(POLLIN | POLLHUP) != 0 {
        rl_callback_read_char()
      }
    }
    rl_callback_handler_remove()
    ReadlineBridge.onLine = nil
    print("")
    if let historyPath {
      HistoryFile.createParentFolders(of: historyPath)
      write_history(historyPath)
      history_truncate_file(historyPath, HistoryFile.capacity)
    }
  }

  /// `evaluate` with a watcher that forwards Ctrl-C to the interpreter's flag while it runs: the
  /// signal handler may only store to an atomic, so a task polls that every 10 ms.
  private static func watched(_ evaluate: @escaping (String) -> Void, raising flag: InterruptFlag?)
    -> (String) -> Void
  {
    guard let flag else { return evaluate }
    return { source in
      interrupted.store(false, ordering: .relaxed)
      flag.reset()
      let watcher = Task.detached {
        while !Task.isCancelled {
          if LineREPL.interrupted.load(ordering: .relaxed) { flag.raise() }
          try? await Task.sleep(for: .milliseconds(10))
        }
      }
      evaluate(source)
      watcher.cancel()
      // The interpreter reported the interrupt itself; the waiting wake-up byte must not cancel
      // the fresh prompt too.
      if interrupted.load(ordering: .relaxed) { isWakeHandled = true }
    }
  }

  /// Ctrl-C: drop the line and any open block, say so, and start a fresh prompt.
  private static func cancelLine() {
    rl_free_line_state()
    rl_callback_sigcleanup()
    rl_cleanup_after_signal()
    rl_callback_handler_remove()
    block.reset()
    fputs("\nKeyboardInterrupt\n", cn_stdout())
    fflush(cn_stdout())
    rl_callback_handler_install(prompts.first, ReadlineBridge.lineHandler)
  }
}
