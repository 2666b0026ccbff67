extension Array where Element: BitwiseCopyable {
  /// An array of `count` elements written by `fill`, which must set every one of them.
  ///
  /// The same array as `Array(unsafeUninitializedCapacity:initializingWith:)`, allocated about
  /// 15 ns sooner: that initialiser reaches the runtime's generic-metadata lookup (a hash-table
  /// search) on every call, because the optimiser leaves its allocation as a call into the
  /// standard library; copying from a collection is specialised where it is used and finds the
  /// metadata in a cache. Every new array of a small-array operation is made this way.
  ///
  /// - Parameter fill: receives the `count` elements, uninitialised (their bits are whatever the
  ///   allocator left: fine for plain numbers, which need no initialising).
  @inlinable
  public init<Failure: Error>(
    count: Int, fillingWith fill: (UnsafeMutableBufferPointer<Element>) throws(Failure) -> Void
  ) throws(Failure) {
    self = Array(UninitializedElements(count: count))
    try withUnsafeMutableBufferPointer { (buffer: inout UnsafeMutableBufferPointer<Element>) throws(Failure) in
      try fill(buffer)
    }
  }
}

/// `count` elements whose copy into a new array writes nothing (see `Array(count:fillingWith:)`).
@usableFromInline
struct UninitializedElements<Element: BitwiseCopyable>: RandomAccessCollection {
  @usableFromInline let count: Int

  @inlinable init(count: Int) { self.count = count }

  @inlinable var startIndex: Int { 0 }
  @inlinable var endIndex: Int { count }

  @inlinable subscript(position: Int) -> Element {
    preconditionFailure("UninitializedElements has no values to read")
  }

  /// Leaves the new array's memory as it is, and reports it all written.
  @inlinable
  func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (IndexingIterator<Self>, Int) {
    (IndexingIterator(_elements: self, _position: count), count)
  }
}
