import Foundation

/// The package's built executables, found beside the running test bundle.
enum BuiltProduct {
  /// The folder holding the test bundle (`.build/debug` or `.build/<triple>/debug`).
  static var folder: URL {
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: executable).deletingLastPathComponent()
  }

  /// The path of a built executable, if it exists.
  static func path(_ name: String) -> String? {
    let candidates =
      [folder.appendingPathComponent(name).path]
      + [
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
          .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            ".build/debug/\(name)"
          ).path
      ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
