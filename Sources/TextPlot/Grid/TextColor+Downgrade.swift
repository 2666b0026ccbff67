/// Bringing colours down to 256 colours, 16 colours or none.
extension TextColor {
  /// xterm's default RGB values of the 16 ANSI colours.
  static let ansiPalette: [(red: UInt8, green: UInt8, blue: UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six channel levels of the xterm 6x6x6 colour cube.
  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// The colour as a terminal of the given depth can show it.
  ///
  /// RGB goes to the nearest of the 6x6x6 cube and the grey ramp for 256 colours, and to the
  /// nearest ANSI colour (by squared RGB distance, xterm's palette) for 16 colours;
  /// monochrome gives `.default`. A colour that already fits is returned unchanged.
  public func downgraded(to depth: ColorMode.Depth) -> TextColor {
    switch (depth, self) {
    case (_, .default), (.truecolor, _), (.palette256, .ansi), (.palette256, .indexed),
      (.palette16, .ansi):
      return self
    case (.monochrome, _):
      return .default
    case (.palette256, .rgb(let r, let g, let b)):
      return .indexed(TextColor.nearestIndexed(Int(r), Int(g), Int(b)))
    case (.palette16, .indexed(let index)) where index < 16:
      return .ansi(index)
    case (.palette16, _):
      // rgbComponents is non-nil for every case but .default, handled above.
      let (r, g, b) = rgbComponents!
      return .ansi(TextColor.nearestANSI(Int(r), Int(g), Int(b)))
    }
  }

  /// The RGB value xterm gives an index of its 256-colour palette.
  static func xtermComponents(_ index: UInt8) -> (red: UInt8, green: UInt8, blue: UInt8) {
    let i = Int(index)
    if i < 16 { return ansiPalette[i] }
    if i >= 232 {
      let grey = UInt8(8 + 10 * (i - 232))
      return (grey, grey, grey)
    }
    let cube = i - 16
    return (
      UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6])
    )
  }

  /// The 256-colour index closest to an RGB value: the nearer of the cube colour and the grey.
  static func nearestIndexed(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
    func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
    let (cr, cg, cb) = (level(r), level(g), level(b))
    let cubeIndex = 16 + 36 * cr + 6 * cg + cb
    let cubeDistance = squaredDistance(
      (r, g, b), (cubeLevels[cr], cubeLevels[cg], cubeLevels[cb]))
    let average = (r + g + b) / 3
    let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
    let grey = 8 + 10 * greyStep
    let greyDistance = squaredDistance((r, g, b), (grey, grey, grey))
    return UInt8(greyDistance < cubeDistance ? 232 + greyStep : cubeIndex)
  }

  /// The ANSI colour index (0-15) closest to an RGB value.
  static func nearestANSI(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
    var best = 0
    var bestDistance = Int.max
    for (index, colour) in ansiPalette.enumerated() {
      let distance = squaredDistance((r, g, b), (Int(colour.0), Int(colour.1), Int(colour.2)))
      if distance < bestDistance { (best, bestDistance) = (index, distance) }
    }
    return UInt8(best)
  }
}

private func squaredDistance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
  let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
  return dr * dr + dg * dg + db * db
}
