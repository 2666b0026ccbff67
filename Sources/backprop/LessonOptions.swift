import ArgumentParser
import FoundationEssentials
import LessonKit

/// Where lessons come from: the ones carried inside the binary, or a folder (for authors).
struct LessonOptions: ParsableArguments {
  @Option(name: .customLong("lessons"), help: "Load lessons from this folder instead of the built-in ones.")
  var directory: String?

  /// The catalogue; a folder's malformed lessons are reported on standard error and left out.
  func catalog() throws -> LessonCatalog {
    guard let directory else { return LessonCatalog.embedded }
    do {
      let catalog = try LessonCatalog.load(directory: URL(fileURLWithPath: directory))
      for diagnostic in catalog.diagnostics { printError(diagnostic.description) }
      return catalog
    } catch {
      throw CommandError(error.description)
    }
  }
}

/// Writes a line to standard error.
func printError(_ line: String) {
  StandardStream.error.write(line + "\n")
}

/// A failure a learner can fix (a missing file, an unknown lesson), printed as `Error: …` with exit
/// status 1 and without the usage text, which would only bury the message.
struct CommandError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}

/// Reads a learner's file as UTF-8 text, with a plain message when it cannot.
func readTextFile(_ path: String) throws -> String {
  var isFolder = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
    throw CommandError("no such file: \(path)")
  }
  guard !isFolder else { throw CommandError("\(path) is a folder, not a file") }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw CommandError("cannot read \(path): permission denied")
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw CommandError("\(path) is not UTF-8 text")
  }
  return text
}
