import Foundation
import MiniPython
import Testing

/// Runs every script under `Scripts/<feature>/` and compares its output with the script's own
/// `# expect: <line>` comments (standard output, in order) and `# expect error: <last line of the
/// traceback>`. The expectations come from CPython: `python3 Scripts/regenerate.py` rewrites them.
@Suite struct ScriptCorpusTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Scripts")

  /// Every corpus script, as a path relative to `Scripts/`.
  static let scripts: [String] = {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return walker.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".py") && $0 != "regenerate.py" }
      .sorted()
  }()

  @Test func corpusIsNotEmpty() {
    #expect(ScriptCorpusTests.scripts.count > 20)
  }

  @Test(arguments: ScriptCorpusTests.scripts)
  func scriptPrintsWhatPythonPrints(_ name: String) throws {
    let url = ScriptCorpusTests.folder.appendingPathComponent(name)
    let source = try String(contentsOf: url, encoding: .utf8)
    var expected: [String] = []
    var expectedError: String? = nil
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("# expect error: ") {
        expectedError = String(line.dropFirst("# expect error: ".count))
      } else if line.hasPrefix("# expect:") {
        let rest = line.dropFirst("# expect:".count)
        expected.append(String(rest.hasPrefix(" ") ? rest.dropFirst() : rest))
      }
    }
    let result = Session().run(source: source, fileName: url.lastPathComponent)
    var printed = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if printed.last == "" { printed.removeLast() }
    for (index, line) in expected.enumerated() {
      guard index < printed.count else {
        Issue.record("\(name): output ended before line \(index + 1): expected \(line)")
        break
      }
      #expect(printed[index] == line, "\(name): line \(index + 1)")
    }
    #expect(printed.count == expected.count, "\(name): printed \(printed.count) lines, expected \(expected.count)")
    #expect(result.error?.lastLine == expectedError, "\(name): \(result.error?.description ?? "no error")")
  }
}
