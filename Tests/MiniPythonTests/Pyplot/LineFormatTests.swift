@testable import MiniPython
import Testing
import TextPlot

@Suite struct LineFormatTests {
  @Test(arguments: [
    ("r-", LineFormat(color: .rgb(255, 0, 0), marker: nil, lineStyle: .solid)),
    ("bo", LineFormat(color: .rgb(0, 0, 255), marker: "o", lineStyle: nil)),
    ("g--", LineFormat(color: .rgb(0, 128, 0), marker: nil, lineStyle: .dashed)),
    ("k.", LineFormat(color: .rgb(0, 0, 0), marker: ".", lineStyle: nil)),
    ("o-", LineFormat(color: nil, marker: "o", lineStyle: .solid)),
    ("-.m", LineFormat(color: .rgb(191, 0, 191), marker: nil, lineStyle: .dashDot)),
    (":", LineFormat(color: nil, marker: nil, lineStyle: .dotted)),
    ("C1x", LineFormat(color: .rgb(255, 127, 14), marker: "x", lineStyle: nil)),
    ("red", LineFormat(color: .rgb(255, 0, 0), marker: nil, lineStyle: nil)),
    ("1", LineFormat(color: nil, marker: "1", lineStyle: nil)),
  ])
  func parsesMatplotlibFormats(_ text: String, _ expected: LineFormat) throws {
    #expect(try LineFormat.parse(text) == expected)
  }

  @Test func markersAloneDrawNoLine() throws {
    #expect(try LineFormat.parse("bo").drawsLine == false)
    #expect(try LineFormat.parse("bo-").drawsLine == true)
    #expect(try LineFormat.parse("b").drawsLine == true)
  }

  @Test(arguments: [
    ("q", "'q' is not a valid format string (unrecognized character 'q')"),
    ("r-g", "'r-g' is not a valid format string (two color symbols)"),
    ("--:", "'--:' is not a valid format string (two linestyle symbols)"),
    ("ox", "'ox' is not a valid format string (two marker symbols)"),
  ])
  func rejectsWhatMatplotlibRejects(_ text: String, _ message: String) {
    #expect(throws: PyException.self) { try LineFormat.parse(text) }
    do {
      _ = try LineFormat.parse(text)
    } catch {
      #expect(error.args.first?.asString == message)
    }
  }
}
