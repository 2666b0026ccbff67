import Testing
import TextPlot

@Suite struct TextColorNamedTests {
  /// Values from matplotlib: `matplotlib.colors.to_hex(name)`.
  @Test(arguments: [
    ("r", 0xFF0000), ("g", 0x008000), ("c", 0x00BFBF), ("k", 0x000000), ("red", 0xFF0000),
    ("Orange", 0xFFA500), ("tab:blue", 0x1F77B4), ("tab:orange", 0xFF7F0E), ("C1", 0xFF7F0E),
    ("C0", 0x1F77B4), ("#1f77b4", 0x1F77B4), ("#ff000080", 0xFF0000),
  ])
  func namesMapAsInMatplotlib(_ name: String, _ hex: UInt32) {
    #expect(TextColor(matplotlibName: name) == TextColor(hex: hex))
  }

  @Test(arguments: ["reddish", "", "#12345", "C", "tab:"])
  func unknownNamesAreNil(_ name: String) {
    #expect(TextColor(matplotlibName: name) == nil)
  }
}
