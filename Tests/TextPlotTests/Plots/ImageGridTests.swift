import Testing

@testable import TextPlot

@Suite struct ImageGridTests {
  @Test func imagesSitSideBySideWithCaptions() {
    let filters = (0..<3).map { k in
      ImagePlot(
        values: [0, 1, 1, 0].map { k == 1 ? 1 - $0 : $0 }, rows: 2, columns: 2, title: "f\(k)")
    }
    let grid = ImageGrid(images: filters, title: "Filters")
    #expect(
      grid.lines(width: 14, height: 4, mode: .monochrome) == [
        "   Filters    ",
        " f0   f1   f2 ",
        "  ██ ██     ██",
        "██     ██ ██  ",
      ])
    #expect(grid.summary == "Filters: 3 images of 2x2")
  }

  @Test func specialValues() {
    #expect(ImageGrid(images: []).summary == "image grid: no images")
    #expect(ImageGrid(images: []).lines(width: 4, height: 2) == ["    ", "    "])
  }
}
