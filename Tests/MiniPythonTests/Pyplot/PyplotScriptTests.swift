import Foundation
import MiniPython
import Testing
import TextPlot

/// Runs the pyplot scripts of the corpus (`Scripts/pyplot/`) and checks their figures.
///
/// `ScriptCorpusTests` already checks what they print and raise. Here each emitted figure is
/// matched, in order, by a `# expect plot: <summary line>` comment, and any
/// `# expect row <n>: <text>` comments after it give rows of that figure drawn at 60 x 18 cells
/// without colour (trailing spaces ignored). The expectations are written by hand: python3 here
/// has no matplotlib to take them from.
@Suite struct PyplotScriptTests {
  static let folder = ScriptCorpusTests.folder.appendingPathComponent("pyplot")
  static let size = (width: 60, height: 18)

  static let scripts: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".py") }.sorted()
  }()

  struct Expectation {
    var summary: String
    var rows: [(index: Int, text: String)] = []
  }

  static func expectations(in source: String) -> [Expectation] {
    var result: [Expectation] = []
    for line in source.split(separator: "\n") {
      if line.hasPrefix("# expect plot: ") {
        result.append(Expectation(summary: String(line.dropFirst("# expect plot: ".count))))
      } else if line.hasPrefix("# expect row "), let colon = line.firstIndex(of: ":"),
        let index = Int(line[line.index(line.startIndex, offsetBy: "# expect row ".count)..<colon]), !result.isEmpty
      {
        let text = line[line.index(after: colon)...].dropFirst()
        result[result.count - 1].rows.append((index, String(text)))
      }
    }
    return result
  }

  @Test func everyScriptDrawsSomething() {
    #expect(PyplotScriptTests.scripts.count >= 5)
  }

  @Test(arguments: PyplotScriptTests.scripts)
  func scriptDrawsTheExpectedFigures(_ name: String) throws {
    let source = try String(contentsOf: PyplotScriptTests.folder.appendingPathComponent(name), encoding: .utf8)
    let result = Session().run(source: source, fileName: name)
    let figures = result.outputs.compactMap { output -> PlotFigure? in
      if case .plot(let figure) = output { return figure } else { return nil }
    }
    let expected = PyplotScriptTests.expectations(in: source)
    #expect(figures.count == expected.count, "\(name): \(figures.count) figures, expected \(expected.count)")
    for (figure, expectation) in zip(figures, expected) {
      #expect(figure.summary == expectation.summary, "\(name)")
      let lines = figure.lines(width: PyplotScriptTests.size.width, height: PyplotScriptTests.size.height, mode: .monochrome)
      for row in expectation.rows {
        guard row.index < lines.count else {
          Issue.record("\(name): no row \(row.index)")
          continue
        }
        #expect(lines[row.index].trimmingTrailingSpaces == row.text.trimmingTrailingSpaces, "\(name): row \(row.index)")
      }
    }
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
