/// The buffer behind one or more `NDArray`s: views of an array share its storage.
///
/// Elements are `Double` whatever the dtype (see `DType`). A contiguous array that covers the whole
/// buffer hands `scalars` to NeuralCore as a `Tensor` without copying: `Array`'s copy-on-write
/// shares the buffer until one side writes.
public final class NDStorage {
  public var scalars: [Double]

  public init(_ scalars: [Double]) {
    self.scalars = scalars
  }
}
