/// An image, grayscale or RGB, drawn with half blocks: two square pixels a cell.
///
/// `values` is `rows x columns` (mapped through `colormap`, gray by default) or
/// `rows x columns x 3` (RGB in `[0, 1]`, or `[0, 255]` when a value exceeds 1), row 0 at the
/// top. The image is scaled by a whole factor when it fits (a 3x3 filter becomes crisp 2x2
/// blocks) and shrunk by nearest sampling when it does not, keeping its shape, under an
/// optional caption. A 28x28 digit takes 28 columns and 14 rows.
public struct ImagePlot: Sendable, Hashable {
  public var values: [Double]
  public var rows: Int
  public var columns: Int
  public var channels: Int
  public var colormap: Colormap
  public var valueRange: ClosedRange<Double>?
  /// A caption drawn above the image.
  public var title: String

  public init(
    values: [Double], rows: Int, columns: Int, channels: Int = 1, colormap: Colormap = .gray,
    valueRange: ClosedRange<Double>? = nil, title: String = ""
  ) {
    precondition(
      values.count == rows * columns * channels,
      "ImagePlot expects \(rows)x\(columns)x\(channels) values, got \(values.count)")
    self.values = values
    self.rows = rows
    self.columns = columns
    self.channels = channels
    self.colormap = colormap
    self.valueRange = valueRange
    self.title = title
  }

  /// The image as a field layer (row 0 at the top).
  public var field: FieldLayer {
    FieldLayer(
      values: values, rows: rows, columns: columns, channels: channels, origin: .upper,
      colormap: colormap, valueRange: valueRange)
  }

  /// Draws the caption and the image, centred, into a `width x height` grid.
  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    var grid = CellGrid(width: max(0, width), height: max(0, height))
    let captionRows = title.isEmpty || height < 2 ? 0 : 1
    let availableRows = height - captionRows
    guard width > 0, availableRows > 0, rows > 0, columns > 0 else { return grid }
    var scale = min(Double(width) / Double(columns), Double(2 * availableRows) / Double(rows))
    if scale >= 1 { scale = min(Double(ImagePlot.maximumScale), scale.rounded(.down)) }
    let cellColumns = max(1, Int((Double(columns) * scale).rounded()))
    let pixelRows = max(1, Int((Double(rows) * scale).rounded()))
    let cellRows = (pixelRows + 1) / 2
    let left = (width - cellColumns) / 2
    if captionRows == 1 {
      let text = TextFitting.truncate(title, toWidth: width, isASCIIOnly: mode.isASCIIOnly)
      grid.put(
        text,
        at: GridPoint(
          column: TextFitting.centred(textWidth: displayWidth(text), in: width, from: 0), row: 0))
    }
    // The frame's y range reaches below the image when its pixel rows are odd, so that the
    // last half cell stays empty instead of stretching the image.
    let field = self.field
    let yLow = Double(rows) - Double(2 * cellRows) / Double(pixelRows) * Double(rows)
    let frame = PlotFrame(
      origin: GridPoint(column: left, row: captionRows), columns: cellColumns, rows: cellRows,
      x: field.xRange, y: yLow...Double(rows), gutter: 0)
    var painter = LayerPainter(frame: frame, mode: mode, grid: grid)
    painter.drawField(field, xScale: .linear, yScale: .linear)
    return painter.grid
  }

  /// The most cells a pixel is drawn as: 4 columns and 2 rows (a square), so a 4x4 image takes
  /// 16x8 cells however large the grid.
  public static let maximumScale = 4

  /// The caption row and the image's rows, when the grid has more.
  public func usedHeight(width: Int, height: Int) -> Int {
    let captionRows = title.isEmpty || height < 2 ? 0 : 1
    guard width > 0, height > captionRows, rows > 0, columns > 0 else { return height }
    var scale = min(Double(width) / Double(columns), Double(2 * (height - captionRows)) / Double(rows))
    if scale >= 1 { scale = min(Double(ImagePlot.maximumScale), scale.rounded(.down)) }
    let pixelRows = max(1, Int((Double(rows) * scale).rounded()))
    return min(height, captionRows + (pixelRows + 1) / 2)
  }

  /// "28x28 image from 0 to 1" (or "RGB image"), with the caption first when there is one.
  public var summary: String {
    let kind = channels == 3 ? "RGB image" : "image"
    let caption = title.isEmpty ? "" : "\(title): "
    guard let range = field.finiteRange else {
      return "\(caption)\(rows)x\(columns) \(kind): no data"
    }
    return "\(caption)\(rows)x\(columns) \(kind) from \(NumberFormat.significant(range.lowerBound))"
      + " to \(NumberFormat.significant(range.upperBound))"
  }
}

// MARK: - Conformance

extension ImagePlot: CustomStringConvertible {
  public var description: String { "ImagePlot(\(summary))" }
}
