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

@Suite struct ColormapANSITests {
  @Test func sixteenColourTerminalsGetHandPickedHues() {
    #expect(Colormap.spectral.color(at: 0, depth: .palette16) == .red)
    #expect(Colormap.spectral.color(at: 0.5, depth: .palette16) == .white)
    #expect(Colormap.spectral.color(at: 1, depth: .palette16) == .blue)
    #expect(Colormap.spectral.reversed.color(at: 0, depth: .palette16) == .blue)
    #expect(Colormap.spectral.color(at: 1, depth: .palette256) == TextColor(hex: 0x5E4FA2))
    // Without hand-picked anchors, the nearest ANSI colour of each anchor is used.
    #expect(Colormap(name: "bw", anchors: [0x000000, 0xFFFFFF]).ansiAnchors == [0, 15])
  }

  @Test func decisionRegionsInSixteenColours() {
    let regions = Heatmap(
      values: [0, 1], rows: 1, columns: 2, colormap: .spectral, showsColorbar: false)
    let grid = regions.render(width: 24, height: 6, mode: .palette16)
    #expect(grid[3, 1].style == TextStyle(foreground: .red, background: .red))
    #expect(grid[23, 1].style == TextStyle(foreground: .blue, background: .blue))
  }
}
