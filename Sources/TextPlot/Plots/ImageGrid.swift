/// Small images side by side with captions: conv filters, feature maps, misclassified examples.
///
/// The grid uses `columns` images a row, or, when `nil`, the number of columns that draws the
/// images largest. Tiles are separated by one blank column.
public struct ImageGrid: Sendable, Hashable {
  public var images: [ImagePlot]
  public var columns: Int?
  public var title: String

  public init(images: [ImagePlot], columns: Int? = nil, title: String = "") {
    self.images = images
    self.columns = columns
    self.title = title
  }

  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    var grid = CellGrid(width: max(0, width), height: max(0, height))
    let top = title.isEmpty ? 0 : 1
    guard !images.isEmpty, width > 0, height - top > 0 else { return grid }
    if top == 1 {
      let text = TextFitting.truncate(title, toWidth: width, isASCIIOnly: mode.isASCIIOnly)
      grid.put(
        text,
        at: GridPoint(
          column: TextFitting.centred(textWidth: displayWidth(text), in: width, from: 0), row: 0),
        style: TextStyle(isBold: true))
    }
    let count = images.count
    let perRow = max(1, min(count, columns ?? bestColumns(width: width, height: height - top)))
    let tileRows = (count + perRow - 1) / perRow
    let tileWidth = (width - (perRow - 1)) / perRow
    let tileHeight = (height - top) / tileRows
    guard tileWidth >= 1, tileHeight >= 1 else {
      return .tooSmall(
        width: width, height: height, minimumWidth: 2 * perRow - 1, minimumHeight: top + tileRows)
    }
    for (index, image) in images.enumerated() {
      let tile = image.render(width: tileWidth, height: tileHeight, mode: mode)
      let point = GridPoint(
        column: (index % perRow) * (tileWidth + 1), row: top + (index / perRow) * tileHeight)
      grid.blit(tile, at: point)
    }
    return grid
  }

  /// "16 images of 3x3", or the sizes when they differ.
  public var summary: String {
    guard let first = images.first else { return "image grid: no images" }
    let same = images.allSatisfy { $0.rows == first.rows && $0.columns == first.columns }
    let sizes = same ? "of \(first.rows)x\(first.columns)" : "of mixed sizes"
    let name = title.isEmpty ? "" : "\(title): "
    return "\(name)\(images.count) image\(images.count == 1 ? "" : "s") \(sizes)"
  }

  /// The number of columns for which the smallest scale of any image is largest.
  private func bestColumns(width: Int, height: Int) -> Int {
    var best = 1
    var bestScale = -1.0
    for perRow in 1...images.count {
      let tileRows = (images.count + perRow - 1) / perRow
      let tileWidth = Double((width - (perRow - 1)) / perRow)
      let tileHeight = Double(height / tileRows)
      let scale =
        images.map { image in
          let caption = image.title.isEmpty ? 0.0 : 1.0
          return min(
            tileWidth / Double(max(1, image.columns)),
            2 * (tileHeight - caption) / Double(max(1, image.rows)))
        }.min() ?? 0
      if scale > bestScale {
        (best, bestScale) = (perRow, scale)
      }
    }
    return best
  }
}

// MARK: - Conformance

extension ImageGrid: CustomStringConvertible {
  public var description: String { "ImageGrid(\(summary))" }
}
