import Testing

@testable import TextPlot

@Suite struct TextColorTests {
  // Expected indices from this script (nearest cube level per channel vs nearest grey):
  //   levels = [0, 95, 135, 175, 215, 255]
  //   def d(a, b): return sum((x - y) ** 2 for x, y in zip(a, b))
  //   def n256(c):
  //       lv = [min(range(6), key=lambda i: abs(levels[i] - v)) for v in c]
  //       cube, cd = 16 + 36 * lv[0] + 6 * lv[1] + lv[2], d(c, [levels[i] for i in lv])
  //       avg = sum(c) // 3; step = 23 if avg > 238 else max(0, (avg - 3) // 10); g = 8 + 10 * step
  //       return 232 + step if d(c, (g, g, g)) < cd else cube
  @Test(arguments: [
    (0x000000, 16), (0xFFFFFF, 231), (0xFF8000, 208), (0x808080, 244), (0x1F77B4, 31),
    (0x5E4FA2, 61), (0x9E0142, 125), (0xFEE08B, 222), (0x121212, 233),
  ])
  func rgbGoesToTheNearest256Index(hex: UInt32, index: Int) {
    #expect(TextColor(hex: hex).downgraded(to: .palette256) == .indexed(UInt8(index)))
  }

  @Test(arguments: [
    (0x000000, 0), (0xFFFFFF, 15), (0xE00000, 1), (0x0000FF, 4), (0x7F7F7F, 8), (0xF0F000, 11),
  ])
  func rgbGoesToTheNearestANSIColour(hex: UInt32, index: Int) {
    #expect(TextColor(hex: hex).downgraded(to: .palette16) == .ansi(UInt8(index)))
  }

  @Test func indexedColoursDowngrade() {
    #expect(TextColor.indexed(9).downgraded(to: .palette16) == .ansi(9))
    #expect(TextColor.indexed(196).downgraded(to: .palette16) == .ansi(9))
    #expect(TextColor.indexed(232).downgraded(to: .palette16) == .ansi(0))
    #expect(TextColor.ansi(3).downgraded(to: .palette256) == .ansi(3))
    #expect(TextColor.rgb(1, 2, 3).downgraded(to: .truecolor) == .rgb(1, 2, 3))
    #expect(TextColor.red.downgraded(to: .monochrome) == .default)
    #expect(TextColor.default.downgraded(to: .palette16) == .default)
  }

  @Test func componentsOfIndexedColours() {
    #expect(TextColor.indexed(16).rgbComponents! == (0, 0, 0))
    #expect(TextColor.indexed(208).rgbComponents! == (255, 135, 0))
    #expect(TextColor.indexed(255).rgbComponents! == (238, 238, 238))
    #expect(TextColor.default.rgbComponents == nil)
  }

  @Test func descriptions() {
    #expect(TextColor(hex: 0x1F77B4).description == "#1f77b4")
    #expect(TextColor.ansi(4).description == "ansi(4)")
    #expect(TextStyle(foreground: .red, isBold: true).description == "fg ansi(1), bold")
    #expect(TextStyle.plain.description == "plain")
  }
}
