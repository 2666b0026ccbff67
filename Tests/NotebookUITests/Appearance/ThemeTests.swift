import NotebookUI
import Testing
import TextPlot

@Suite struct ThemeTests {
  @Test func noColorAndTheFlagGiveMonochrome() {
    #expect(Theme.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"]) == .monochrome)
    #expect(
      Theme.detect(environment: ["TERM": "xterm-256color"], arguments: ["--no-color"])
        == .monochrome)
  }

  @Test func lightBackgroundsGetTheLightTheme() {
    let term = ["TERM": "xterm-256color"]
    #expect(Theme.detect(environment: term) == .dark)
    #expect(Theme.detect(environment: term.merging(["COLORFGBG": "0;15"]) { $1 }) == .light)
    #expect(Theme.detect(environment: term.merging(["COLORFGBG": "15;0"]) { $1 }) == .dark)
    #expect(Theme.detect(environment: term.merging(["BACKPROP_THEME": "light"]) { $1 }) == .light)
    #expect(Theme.detect(environment: term, arguments: ["--light"]) == .light)
  }

  @Test func keepsTheTerminalsColourDepth() {
    #expect(Theme.detect(environment: ["TERM": "xterm"]).colorMode == .palette16)
    #expect(Theme.detect(environment: ["TERM": "dumb"]) == .monochrome)
  }
}
