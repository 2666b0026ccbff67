/// A subscript resolved against an array: a basic view plus, for advanced indexing, the broadcast
/// index arrays and where their dimensions go.
struct IndexPlan {
  /// An output axis of the basic view: its extent and stride, or the place of the advanced block.
  var basicShape: [Int] = []
  var basicStrides: [Int] = []
  var offset: Int
  /// For each advanced component: the stride of its axis and its (bounds-checked) indices.
  var advanced: [(stride: Int, indices: NDArray)] = []
  /// Where the advanced block sits among the basic axes (numpy puts it first when the advanced
  /// components are not adjacent).
  var blockPosition = 0
  var blockShape: [Int] = []
  var isElement = false
  var isSingleMask = false

  init(_ array: NDArray, _ rawIndex: [NDIndex]) throws(NumpyError) {
    offset = array.offset
    let index = try IndexPlan.expand(rawIndex, for: array)
    let hasArrays = index.contains { if case .array = $0 { return true } else { return false } }
    isSingleMask = rawIndex.count == 1 && { if case .array(let m) = rawIndex[0] { return m.dtype == .bool } else { return false } }()
    var axis = 0
    var advancedSeen = false
    var lastAdvancedComponent = -2
    var adjacent = true
    for (position, component) in index.enumerated() {
      switch component {
      case .integer(let i) where !hasArrays:
        offset += try IndexPlan.checked(i, axis: axis, size: array.shape[axis]) * array.strides[axis]
        axis += 1
      case .integer(let i):
        let checked = try IndexPlan.checked(i, axis: axis, size: array.shape[axis])
        noteAdvanced(position, &advancedSeen, &lastAdvancedComponent, &adjacent)
        advanced.append((array.strides[axis], NDArray(scalar: Double(checked), dtype: .int64)))
        axis += 1
      case .slice(let start, let stop, let step):
        let r = try NDIndex.resolve(start: start, stop: stop, step: step, length: array.shape[axis])
        if r.count > 0 { offset += r.start * array.strides[axis] }
        basicShape.append(r.count)
        basicStrides.append(array.strides[axis] * r.step)
        axis += 1
      case .newAxis:
        basicShape.append(1)
        basicStrides.append(0)
      case .ellipsis:
        break
      case .array(let indices):
        noteAdvanced(position, &advancedSeen, &lastAdvancedComponent, &adjacent)
        advanced.append((array.strides[axis], try IndexPlan.checked(indices, axis: axis, size: array.shape[axis])))
        axis += 1
      }
    }
    if !hasArrays {
      isElement = basicShape.isEmpty && !rawIndex.contains { if case .ellipsis = $0 { return true } else { return false } }
        && index.allSatisfy { if case .integer = $0 { return true } else { return false } }
      return
    }
    let firstAdvanced = index.firstIndex { component in
      switch component {
      case .integer, .array: return true
      default: return false
      }
    }
    blockPosition = IndexPlan.basicAxesBefore(firstAdvanced ?? 0, in: index)
    if !adjacent { blockPosition = 0 }
    var shape: [Int] = []
    for entry in advanced {
      guard let next = try? NDArray.broadcastShape(shape, entry.indices.shape) else {
        let shapes = advanced.map { NumpyError.compact($0.indices.shape) + " " }.joined()
        throw .index("shape mismatch: indexing arrays could not be broadcast together with shapes \(shapes)")
      }
      shape = next
    }
    blockShape = shape
  }

  var resultShape: [Int] {
    if advanced.isEmpty { return basicShape }
    return Array(basicShape[..<blockPosition]) + blockShape + Array(basicShape[blockPosition...])
  }

  /// The storage offset each position of the broadcast index arrays adds, row-major.
  private var blockOffsets: [Int] {
    let blockCount = blockShape.reduce(1, *)
    var blockOffsets = [Int](repeating: 0, count: blockCount)
    for entry in advanced {
      let values = entry.indices.broadcast(to: blockShape).scalars
      for k in 0..<blockCount { blockOffsets[k] += Int(values[k]) * entry.stride }
    }
    return blockOffsets
  }

  /// Calls `body` with the storage offset of each selected element, in row-major result order.
  func forEachOffset(_ body: (Int) -> Void) {
    let blockOffsets = self.blockOffsets
    let outer = StridedLayout(
      shape: Array(basicShape[..<blockPosition]), strides: Array(basicStrides[..<blockPosition]), offset: offset)
    let inner = StridedLayout(
      shape: Array(basicShape[blockPosition...]), strides: Array(basicStrides[blockPosition...]), offset: 0)
    var innerOffsets: [Int] = []
    innerOffsets.reserveCapacity(inner.count)
    inner.forEachOffset { innerOffsets.append($0) }
    outer.forEachOffset { base in
      for block in blockOffsets {
        for position in innerOffsets { body(base + block + position) }
      }
    }
  }

  /// Copies the selected elements, in row-major result order, from `source` (the storage) to
  /// `destination`: one strided run of the basic axes after the block per outer position and
  /// block entry (a row copy for `X[batch]`).
  func gather(from source: UnsafePointer<Double>, into destination: UnsafeMutablePointer<Double>) {
    let blockOffsets = self.blockOffsets
    let blockCount = blockOffsets.count
    var inner = StridedLayout(
      shape: Array(basicShape[blockPosition...]), strides: Array(basicStrides[blockPosition...]), offset: 0)
    let innerCount = inner.count
    if innerCount == 0 || blockCount == 0 { return }
    let outer = StridedLayout(
      shape: Array(basicShape[..<blockPosition]), strides: Array(basicStrides[..<blockPosition]), offset: offset)
    var out = destination
    outer.forEachOffset { base in
      for block in blockOffsets {
        if innerCount == 1 {
          out.pointee = source[base + block]
        } else {
          inner.offset = base + block
          inner.gather(from: source, into: out)
        }
        out += innerCount
      }
    }
  }

  private func noteAdvanced(_ position: Int, _ seen: inout Bool, _ last: inout Int, _ adjacent: inout Bool) {
    if seen && last != position - 1 { adjacent = false }
    seen = true
    last = position
  }

  /// The number of basic output axes produced by the components before `position`.
  private static func basicAxesBefore(_ position: Int, in index: [NDIndex]) -> Int {
    index[..<position].reduce(0) { total, component in
      switch component {
      case .slice, .newAxis: return total + 1
      default: return total
      }
    }
  }

  private static func checked(_ i: Int, axis: Int, size: Int) throws(NumpyError) -> Int {
    guard i >= -size && i < size else {
      throw .index("index \(i) is out of bounds for axis \(axis) with size \(size)")
    }
    return i < 0 ? i + size : i
  }

  private static func checked(_ indices: NDArray, axis: Int, size: Int) throws(NumpyError) -> NDArray {
    var values = indices.scalars
    for k in values.indices {
      values[k] = Double(try checked(Int(values[k]), axis: axis, size: size))
    }
    return NDArray(shape: indices.shape, scalars: values, dtype: .int64)
  }

  /// Replaces the ellipsis by full slices, pads with full slices, and turns masks into the
  /// integer arrays of their true positions.
  private static func expand(_ index: [NDIndex], for array: NDArray) throws(NumpyError) -> [NDIndex] {
    var ellipses = 0
    var consumed = 0
    for component in index {
      if case .ellipsis = component { ellipses += 1 }
      if case .array(let a) = component, a.dtype == .float64 {
        throw .index("arrays used as indices must be of integer (or boolean) type")
      }
      consumed += component.consumedAxes
    }
    if ellipses > 1 { throw .index("an index can only have a single ellipsis ('...')") }
    if consumed > array.ndim {
      throw .index(
        "too many indices for array: array is \(array.ndim)-dimensional, but \(consumed) were indexed")
    }
    var expanded: [NDIndex] = []
    var axis = 0
    for component in index {
      switch component {
      case .ellipsis:
        expanded.append(contentsOf: Array(repeating: NDIndex.all, count: array.ndim - consumed))
        axis += array.ndim - consumed
      case .array(let mask) where mask.dtype == .bool:
        let maskShape = mask.ndim == 0 ? [1] : mask.shape
        for (k, extent) in maskShape.enumerated() where array.shape[axis + k] != extent {
          throw .index(
            "boolean index did not match indexed array along axis \(axis + k); size of axis is \(array.shape[axis + k]) but size of corresponding boolean axis is \(extent)"
          )
        }
        expanded.append(contentsOf: nonzero(mask, shape: maskShape).map { NDIndex.array($0) })
        axis += maskShape.count
      default:
        expanded.append(component)
        axis += component.consumedAxes
      }
    }
    if ellipses == 0 {
      expanded.append(contentsOf: Array(repeating: NDIndex.all, count: array.ndim - consumed))
    }
    return expanded
  }

  /// The coordinates of the true elements of a mask, one integer array per axis.
  private static func nonzero(_ mask: NDArray, shape: [Int]) -> [NDArray] {
    let values = mask.scalars
    var coordinates = [[Double]](repeating: [], count: shape.count)
    var position = [Int](repeating: 0, count: shape.count)
    for value in values {
      if value != 0 {
        for axis in 0..<shape.count { coordinates[axis].append(Double(position[axis])) }
      }
      var axis = shape.count - 1
      while axis >= 0 {
        position[axis] += 1
        if position[axis] < shape[axis] { break }
        position[axis] = 0
        axis -= 1
      }
    }
    return coordinates.map { NDArray(shape: [$0.count], scalars: $0, dtype: .int64) }
  }
}
