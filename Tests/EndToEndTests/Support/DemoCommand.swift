import Foundation
import Subprocess

/// The command that starts the front end's demo notebook: `backprop ui-demo`.
///
/// `BACKPROP_BINARY` may name another executable with the same command line. The tests that
/// need it are skipped, saying why, when the binary is not built or has no `ui-demo` command.
enum DemoCommand {
  static var binary: String? {
    ProcessInfo.processInfo.environment["BACKPROP_BINARY"] ?? BuiltProduct.path("backprop")
  }

  /// `backprop ui-demo` plus arguments.
  static func command(_ arguments: String...) -> [String] {
    [binary ?? "backprop", "ui-demo"] + arguments
  }

  /// Whether tmux is installed and the binary answers `ui-demo --help` successfully.
  static func isAvailable() async -> Bool {
    guard TmuxSession.isAvailable, let binary else { return false }
    let result = try? await run(
      .path(.init(binary)), arguments: ["ui-demo", "--help"], output: .discarded, error: .discarded)
    return result?.terminationStatus.isSuccess ?? false
  }
}
