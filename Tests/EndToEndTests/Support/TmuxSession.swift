import Foundation
import Subprocess

/// One program running in a private tmux server at a fixed size, driven like a learner would.
///
/// Each session has its own server (a socket inside its temporary `HOME`, like `-L` but removed
/// with the folder; `-f /dev/null`; no status line), that temporary `HOME`, `TERM=tmux-256color`, `LANG=C.UTF-8` and `INPUTRC=/dev/null`, so neither the
/// developer's setup nor other tests can change what it sees. Keys go in with `send-keys`; the
/// screen comes back from `capture-pane`, polled until a condition holds or a deadline passes
/// (never a fixed sleep). When the program exits, the pane prints `[exit N]` and whether the
/// terminal modes are the same as before (`[tty restored]`), and stays readable.
///
/// tmux is driven with swift-subprocess: Foundation's `Process` hangs on `waitUntilExit()` when
/// the child forks a daemon such as the tmux server (swift-corelibs-foundation issue 4795).
struct TmuxSession {
  let socket: String
  let home: URL
  let width: Int
  let height: Int

  /// Whether a `tmux` executable is on the `PATH`.
  static var isAvailable: Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
    }
  }

  /// A new empty temporary folder to serve as `HOME`.
  static func temporaryHome() throws -> URL {
    let name = "backprop-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    return home
  }

  /// Starts `command` (an executable path and its arguments) in a new private server, with
  /// `home` as `HOME` (a new temporary folder unless given; a second launch passes the first's).
  static func start(
    _ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    home: URL? = nil
  )
    async throws -> TmuxSession
  {
    let home = try home ?? temporaryHome()
    let name = "backprop-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let session = TmuxSession(socket: name, home: home, width: width, height: height)
    var variables = [
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "INPUTRC": "/dev/null",
      "HOME": home.path,
    ]
    variables.merge(environment) { $1 }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(quoted($0.value))" }
      .joined(separator: " ")
    let program = command.map(quoted).joined(separator: " ")
    let script =
      "before=$(stty -g); env \(assignments) \(program); status=$?; "
      + "if [ \"$(stty -g)\" = \"$before\" ]; then echo '[tty restored]'; else echo '[tty changed]'; fi; "
      + "echo \"[exit $status]\"; sleep 120"
    try await session.tmux([
      "start-server", ";", "set", "-g", "status", "off", ";",
      "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", script,
    ])
    return session
  }

  /// Starts `command`, runs `body` with the session, and always stops the server afterwards
  /// (removing the temporary home unless the caller passed its own `home`).
  static func with<T>(
    _ command: [String], width: Int = 80, height: Int = 24, home: URL? = nil,
    _ body: (TmuxSession) async throws -> T
  ) async throws -> T {
    let session = try await start(command, width: width, height: height, home: home)
    do {
      let result = try await body(session)
      await session.stop(removingHome: home == nil)
      return result
    } catch {
      await session.stop(removingHome: home == nil)
      throw error
    }
  }

  /// Sends keys by tmux name (`Enter`, `Tab`, `C-c`, `Up`, `F1`), one argument each.
  func send(_ keys: String...) async throws {
    try await tmux(["send-keys", "-t", "main"] + keys)
  }

  /// Sends raw bytes as if the terminal had written them (mouse reports, escape sequences).
  func sendBytes(_ bytes: [UInt8]) async throws {
    let hex = bytes.map { String($0, radix: 16) }
    try await tmux(["send-keys", "-t", "main", "-H"] + hex)
  }

  /// Types text literally (UTF-8 included).
  func type(_ text: String) async throws {
    try await tmux(["send-keys", "-t", "main", "-l", text])
  }

  /// The screen as lines, trailing spaces removed.
  func screen() async throws -> [String] {
    let output = try await tmux(["capture-pane", "-p", "-t", "main"])
    return output.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }
  }

  /// The cursor's column and row.
  func cursor() async throws -> (column: Int, row: Int) {
    let output = try await tmux(["display-message", "-p", "-t", "main", "#{cursor_x},#{cursor_y}"])
    let parts = output.split(separator: ",").compactMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard parts.count == 2 else { throw TmuxError.unexpectedOutput(output) }
    return (parts[0], parts[1])
  }

  /// Whether the pane shows the alternate screen (a full-screen program that has not left it).
  func isAlternateScreenOn() async throws -> Bool {
    let output = try await tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"])
    return output.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
  }

  /// The process id of the program the pane runs (the child of the pane's shell).
  func programProcessID() async throws -> Int32? {
    let shell = try await tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").first.flatMap { Int32($0) }
  }

  /// Resizes the window as a learner dragging the terminal would.
  func resize(width: Int, height: Int) async throws {
    try await tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen every 50 ms until `condition` holds; throws with the last screen on timeout.
  @discardableResult
  func waitUntil(timeout: Duration = .seconds(10), _ condition: ([String]) -> Bool) async throws
    -> [String]
  {
    let deadline = ContinuousClock.now + timeout
    var lines = try await screen()
    while !condition(lines) {
      guard ContinuousClock.now < deadline else { throw TmuxError.timedOut(screen: lines) }
      try await Task.sleep(for: .milliseconds(50))
      lines = try await screen()
    }
    return lines
  }

  /// Waits until some line contains `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = .seconds(10)) async throws -> [String] {
    try await waitUntil(timeout: timeout) { $0.contains { $0.contains(text) } }
  }

  /// Stops the server, waits (at most 2 s) for the program to exit, and removes the temporary
  /// home (after the program, which may save its history as it leaves).
  func stop(removingHome: Bool = true) async {
    let program = try? await programProcessID()
    _ = try? await tmux(["kill-server"])
    if let program {
      let deadline = ContinuousClock.now + .seconds(2)
      while isRunning(program) && ContinuousClock.now < deadline {
        try? await Task.sleep(for: .milliseconds(20))
      }
    }
    // kill-server returns before the server has gone; removing its folder under it can leave
    // the socket behind, so wait until it no longer answers (at most 2 s).
    let deadline = ContinuousClock.now + .seconds(2)
    while (try? await tmux(["has-session"])) != nil && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(20))
    }
    if removingHome {
      try? FileManager.default.removeItem(at: home)
    } else {
      try? FileManager.default.removeItem(at: home.appendingPathComponent("tmux.socket"))
    }
  }

  /// Whether a process exists and is not a zombie (an exited child nobody has reaped yet).
  private func isRunning(_ process: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
      let end = stat.lastIndex(of: ")")
    else { return false }
    return !stat[end...].hasPrefix(") Z")
  }

  @discardableResult
  private func tmux(_ arguments: [String]) async throws -> String {
    let result = try await run(
      .name("tmux"),
      arguments: Arguments(
        ["-S", home.appendingPathComponent("tmux.socket").path, "-f", "/dev/null"] + arguments),
      output: .string(limit: 1 << 20), error: .string(limit: 1 << 16))
    guard result.terminationStatus.isSuccess else {
      throw TmuxError.failed(arguments: arguments, message: result.standardError)
    }
    return result.standardOutput
  }

  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// Why driving tmux failed.
enum TmuxError: Error, CustomStringConvertible {
  case failed(arguments: [String], message: String)
  case timedOut(screen: [String])
  case unexpectedOutput(String)

  var description: String {
    switch self {
    case .failed(let arguments, let message):
      return "tmux \(arguments.joined(separator: " ")) failed: \(message)"
    case .timedOut(let screen):
      return "timed out; the screen was:\n" + screen.joined(separator: "\n")
    case .unexpectedOutput(let output): return "unexpected tmux output: \(output)"
    }
  }
}
