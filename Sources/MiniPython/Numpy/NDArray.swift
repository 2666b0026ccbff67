import NeuralCore

/// numpy's `ndarray`: a strided view of the elements of an owning array, with a dtype.
///
/// Arrays are shared by reference, as in Python, so this is a class. A new array owns its elements
/// (`buffer`); basic slicing returns a new `NDArray` whose `storage` is that owner (a view, numpy's
/// `base`), placing its elements by `shape`, `strides` (in elements) and `offset`. Writing through
/// a view changes every array that shares the owner:
///
/// ```python
/// b = a[1:]; b[0] = 5      # a[1] is now 5
/// ```
///
/// Every operation that makes a new array makes it contiguous (row-major, offset 0, covering its
/// buffer), so NeuralCore can take the buffer as a `Tensor` without a copy (`tensor`). Owning the
/// buffer directly, rather than through a separate storage object, saves an allocation for each
/// array an operation makes.
public final class NDArray {
  /// The owner's elements, row-major; empty and unused in a view (read `storage.buffer`).
  ///
  /// Every change (a new array, or a copy made on write because another value shares the
  /// elements) refreshes `elements`. The observer does not read `oldValue`, so writes through
  /// `withUnsafeMutableBufferPointer` still happen in place.
  public var buffer: [Double] {
    didSet { elements = NDArray.firstAddress(buffer) }
  }
  /// Where `buffer`'s elements start. Reading through it costs no reference counting (reading
  /// `buffer` itself retains and releases the array); it is never written through, because the
  /// elements may be shared with another value (`scalars`, `tensor`) until a write copies them.
  private(set) var elements: UnsafePointer<Double>
  /// The array a view was made from (always an owner), or nil when this array owns its elements.
  /// Typed `AnyObject` so that the compiler does not give `NDArray` the deinit of a linked list
  /// (which walks `base` with extra retains and a uniqueness test): views never chain.
  private let base: AnyObject?
  public let dtype: DType
  public let shape: [Int]
  /// Distance in storage elements between neighbours along each axis; 0 for a broadcast axis.
  public let strides: [Int]
  /// Storage index of the first element.
  public let offset: Int
  /// The number of elements, `shape.reduce(1, *)`.
  public let count: Int
  /// Whether the elements lie row-major and adjacent in the storage, from `offset` on.
  public let isContiguous: Bool

  /// Where the owner's elements start (storage index 0), for reading only (see `elements`); valid
  /// while the array is alive and its owner's `buffer` is not written.
  @inline(__always)
  var storageAddress: UnsafePointer<Double> {
    if let base { return unsafeDowncast(base, to: NDArray.self).elements }
    return elements
  }

  /// The address of this array's first element (storage index `offset`), for reading only.
  @inline(__always)
  var readAddress: UnsafePointer<Double> { storageAddress + offset }

  /// The address of the first element of `buffer`, or of no element for an empty one.
  @inline(__always)
  static func firstAddress(_ buffer: [Double]) -> UnsafePointer<Double> {
    buffer.withUnsafeBufferPointer { $0.baseAddress } ?? noElements
  }

  /// A view's `elements`, and an empty owner's: an address never read.
  @inline(__always)
  static var noElements: UnsafePointer<Double> { UnsafePointer(bitPattern: MemoryLayout<Double>.alignment)! }

  /// The array whose `buffer` holds this array's elements: itself, or the owner it views.
  @inline(__always)
  public var storage: NDArray {
    if let base { return unsafeDowncast(base, to: NDArray.self) }
    return self
  }

  /// A view over the elements of `storage` (an owner, or another view whose owner is used).
  init(storage: NDArray, dtype: DType, shape: [Int], strides: [Int], offset: Int) {
    self.buffer = []
    self.elements = NDArray.noElements
    self.base = storage.base ?? storage as AnyObject
    self.dtype = dtype
    self.shape = shape
    self.strides = strides
    self.offset = offset
    self.count = shape.reduce(1, *)
    self.isContiguous = StridedLayout.isRowMajor(shape: shape, strides: strides)
  }

  /// A view whose element count and contiguity the caller already knows (a transpose, a row, a
  /// reshape): the same view as `init(storage:dtype:shape:strides:offset:)`, without recounting.
  ///
  /// - Precondition: `count` is the product of `shape` and `isContiguous` is its row-major test.
  init(viewing array: NDArray, shape: [Int], strides: [Int], offset: Int, count: Int, isContiguous: Bool) {
    self.buffer = []
    self.elements = NDArray.noElements
    self.base = array.base ?? array as AnyObject
    self.dtype = array.dtype
    self.shape = shape
    self.strides = strides
    self.offset = offset
    self.count = count
    self.isContiguous = isContiguous
  }

  /// A new contiguous array owning `scalars` (row-major).
  ///
  /// - Precondition: `scalars.count` equals the product of `shape`.
  public init(shape: [Int], scalars: [Double], dtype: DType = .float64) {
    precondition(shape.reduce(1, *) == scalars.count, "shape \(shape) needs \(shape.reduce(1, *)) scalars, got \(scalars.count)")
    self.buffer = scalars
    self.elements = NDArray.firstAddress(scalars)
    self.base = nil
    self.dtype = dtype
    self.shape = shape
    self.strides = StridedLayout.rowMajorStrides(shape)
    self.offset = 0
    self.count = scalars.count
    self.isContiguous = true
  }

  /// A new contiguous array owning `scalars`, as `init(shape:scalars:dtype:)`, that shares the
  /// strides array of `operand` when that is an owner of the same shape (whose strides are then
  /// row-major): an element-wise result skips computing and allocating its strides.
  ///
  /// - Precondition: `scalars.count` equals the product of `shape`.
  init(shape: [Int], scalars: [Double], dtype: DType, stridesOf operand: NDArray) {
    let shared = operand.base == nil && operand.shape == shape
    let count = shared ? operand.count : shape.reduce(1, *)
    precondition(count == scalars.count, "shape \(shape) needs \(count) scalars, got \(scalars.count)")
    self.buffer = scalars
    self.elements = NDArray.firstAddress(scalars)
    self.base = nil
    self.dtype = dtype
    self.shape = shape
    self.strides = shared ? operand.strides : StridedLayout.rowMajorStrides(shape)
    self.offset = 0
    self.count = scalars.count
    self.isContiguous = true
  }

  /// A 0-d array holding one value.
  public convenience init(scalar: Double, dtype: DType = .float64) {
    self.init(shape: [], scalars: [scalar], dtype: dtype)
  }

  /// A float64 array holding a tensor's elements, sharing its buffer.
  public convenience init(_ tensor: Tensor) {
    self.init(shape: tensor.shape, scalars: tensor.scalars, dtype: .float64)
  }

  /// `object` if it is an array: a type comparison, cheaper than a dynamic cast (`as?`) on the
  /// operator paths.
  @inline(__always)
  static func cast(_ object: any NativeObject) -> NDArray? {
    type(of: object) == NDArray.self ? unsafeDowncast(object, to: NDArray.self) : nil
  }

  /// The number of axes.
  public var ndim: Int { shape.count }

  /// Whether this array covers its whole storage contiguously from index 0.
  public var isPacked: Bool { isContiguous && offset == 0 && count == storage.buffer.count }

  /// The elements in row-major order; shares the storage buffer when the array is packed.
  public var scalars: [Double] {
    if isPacked { return storage.buffer }
    if isContiguous { return Array(storage.buffer[offset..<(offset + count)]) }
    return [Double](count: count) { buffer in
      storage.buffer.withUnsafeBufferPointer { source in
        if let from = source.baseAddress, let to = buffer.baseAddress { layout.gather(from: from, into: to) }
      }
    }
  }

  /// The elements as a NeuralCore tensor (values as `Double`), without copying when packed.
  public var tensor: Tensor { Tensor(shape: shape, scalars: scalars) }

  /// The first element (of a one-element array: its value).
  public var first: Double { readAddress[0] }

  /// A contiguous copy with its own storage.
  public func copy() -> NDArray {
    NDArray(shape: shape, scalars: scalars, dtype: dtype)
  }

  /// The same elements read as another dtype (a copy, as numpy's `astype`).
  public func astype(_ type: DType) -> NDArray {
    if type == dtype || type == .float64 { return NDArray(shape: shape, scalars: scalars, dtype: type) }
    return NDArray(shape: shape, scalars: scalars.map { type.cast($0) }, dtype: type)
  }

  /// The same storage under other dimensions.
  func view(shape: [Int], strides: [Int], offset: Int) -> NDArray {
    NDArray(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset)
  }

  /// This array, or a contiguous copy of it when it is strided.
  var contiguous: NDArray { isContiguous ? self : copy() }

  var layout: StridedLayout { StridedLayout(shape: shape, strides: strides, offset: offset) }

  /// Writes row-major `values` (one per element) through this array's layout.
  func assign(rowMajor values: [Double]) {
    precondition(values.count == count, "assigning \(values.count) values to \(count) elements")
    if values.isEmpty { return }
    let type = dtype
    if isContiguous {
      let start = offset
      values.withUnsafeBufferPointer { source in
        storage.buffer.withUnsafeMutableBufferPointer { destination in
          let to = destination.baseAddress! + start  // count elements from offset lie in storage
          if type == .float64 {
            to.update(from: source.baseAddress!, count: source.count)
          } else {
            for i in 0..<source.count { to[i] = type.cast(source[i]) }
          }
        }
      }
      return
    }
    values.withUnsafeBufferPointer { source in
      storage.buffer.withUnsafeMutableBufferPointer { destination in
        ElementwiseLoop.copy(
          shape: shape, from: source.baseAddress!, strides: StridedLayout.rowMajorStrides(shape),
          to: destination.baseAddress! + offset, strides: strides, as: type)
      }
    }
  }

  /// Writes `source`, broadcast to this array's shape, through this array's layout (`a[s] = b`).
  /// A source sharing this storage under another layout is copied first, as numpy does.
  ///
  /// - Throws: `ValueError: could not broadcast input array from shape (3,) into shape (2,)`.
  func assign(broadcasting source: NDArray) throws(NumpyError) {
    let (shape, strides) = (self.shape, self.strides)
    let sourceStrides: [Int]
    if source.shape == shape {
      sourceStrides = source.strides
    } else {
      guard (try? NDArray.broadcastShape(source.shape, shape)) == shape else {
        throw .value(
          "could not broadcast input array from shape \(NumpyError.compact(source.shape)) into shape \(NumpyError.compact(shape))"
        )
      }
      sourceStrides = source.strides(broadcastTo: shape)
    }
    if count == 0 { return }
    let (owner, sourceOwner) = (storage, source.storage)
    if sourceOwner === owner {
      if source.offset == offset && source.shape == shape && source.strides == strides { return }
      return try assign(broadcasting: source.copy())
    }
    let (type, start, sourceStart) = (dtype, offset, source.offset)
    sourceOwner.buffer.withUnsafeBufferPointer { values in
      owner.buffer.withUnsafeMutableBufferPointer { destination in
        ElementwiseLoop.copy(
          shape: shape, from: values.baseAddress! + sourceStart, strides: sourceStrides,
          to: destination.baseAddress! + start, strides: strides, as: type)
      }
    }
  }
}
