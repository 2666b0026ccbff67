import Testing

@testable import TextPlot

@Suite struct ColorModeTests {
  @Test(arguments: [
    (["TERM": "xterm-256color", "COLORTERM": "truecolor"], ColorMode.truecolor),
    (["TERM": "xterm-256color", "COLORTERM": "24bit"], .truecolor),
    (["TERM": "tmux-256color"], .palette256),
    (["TERM": "xterm"], .palette16),
    (["TERM": "screen"], .palette16),
    (["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"], .monochrome),
    (["TERM": "xterm", "NO_COLOR": ""], .palette16),
    (["TERM": "dumb", "COLORTERM": "truecolor"], .ascii),
    ([:], .monochrome),
  ])
  func detectsTheModeFromTheEnvironment(environment: [String: String], mode: ColorMode) {
    #expect(ColorMode.detect(environment: environment) == mode)
  }

  @Test func descriptions() {
    #expect(ColorMode.palette256.description == "256 colours")
    #expect(ColorMode.ascii.description == "monochrome, ASCII only")
  }
}
