import Testing

@testable import TextPlot

@Suite struct ColormapTests {
  // Anchors: matplotlib.colormaps[name](t) at t = 0, 0.5, 1, scaled to bytes and rounded.
  @Test func namedMapsMatchMatplotlibAtTheirAnchors() {
    #expect(Colormap.spectral.color(at: 0) == TextColor(hex: 0x9E0142))
    #expect(Colormap.spectral.color(at: 0.5) == TextColor(hex: 0xFFFFBE))
    #expect(Colormap.spectral.color(at: 1) == TextColor(hex: 0x5E4FA2))
    #expect(Colormap.viridis.color(at: 0) == TextColor(hex: 0x440154))
    #expect(Colormap.coolwarm.color(at: 0.5) == TextColor(hex: 0xDDDCDC))
    #expect(Colormap.rdBu.color(at: 1) == TextColor(hex: 0x053061))
  }

  @Test func interpolatesBetweenAnchorsAndClamps() {
    #expect(Colormap.gray.color(at: 0.5) == .rgb(128, 128, 128))
    #expect(Colormap.gray.color(at: -3) == .rgb(0, 0, 0))
    #expect(Colormap.gray.color(at: 7) == .rgb(255, 255, 255))
    #expect(Colormap.gray.color(at: .nan) == .rgb(128, 128, 128))
  }

  @Test func namesAreLookedUpLikeMatplotlib() {
    #expect(Colormap.named("Spectral") == .spectral)
    #expect(Colormap.named("spectral") == .spectral)
    #expect(Colormap.named("grey") == .gray)
    #expect(Colormap.named("RdBu_r")?.color(at: 0) == TextColor(hex: 0x053061))
    #expect(Colormap.named("RdBu_r")?.name == "RdBu_r")
    #expect(Colormap.named("jet") == nil)
  }

  @Test func seriesPaletteFollowsTheDepth() {
    #expect(SeriesPalette.color(0, depth: .truecolor) == TextColor(hex: 0x1F77B4))
    #expect(SeriesPalette.color(1, depth: .palette16) == .ansi(3))
    #expect(SeriesPalette.color(11, depth: .palette256) == TextColor(hex: 0xFF7F0E))
    #expect(SeriesPalette.color(0, depth: .monochrome) == .default)
  }
}
