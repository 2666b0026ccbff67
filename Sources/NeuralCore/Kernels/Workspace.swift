import Synchronization

/// Scratch memory for the packed panels of `GEMM`, kept between products.
///
/// A product of 256x256 matrices packs about 700 KB. Allocated fresh each time, that memory comes
/// from `mmap` and costs a page fault per 4 KB, which measured as half the product's time; buffers
/// returned to this small pool are reused instead. Convolution keeps its im2col matrices here too,
/// around the products that pack theirs, so up to `retainedCount` buffers are kept, each at most
/// `retainedLimit` bytes, and a request takes the smallest kept buffer that is large enough.
enum Workspace {
  /// Bytes above which a buffer is freed rather than kept.
  static let retainedLimit = 64 << 20

  /// Buffers kept between calls: a convolution's two matrices plus a split product's two panels.
  static let retainedCount = 4

  /// Calls `body` with at least `bytes` bytes of 64-byte-aligned, uninitialised memory.
  static func withBuffer<R>(bytes requested: Int, _ body: (UnsafeMutableRawPointer) -> R) -> R {
    let bytes = Swift.max(requested, 64)
    var buffer = pool.withLock { Self.take(bytes, from: &$0) } ?? Buffer(pointer: nil, capacity: 0)
    if buffer.capacity < bytes {
      buffer.pointer?.deallocate()
      buffer = Buffer(pointer: .allocate(byteCount: bytes, alignment: 64), capacity: bytes)
    }
    defer {
      let kept = buffer.capacity <= retainedLimit && pool.withLock { buffers in
        guard buffers.count < retainedCount else { return false }
        buffers.append(buffer)
        return true
      }
      if !kept { buffer.pointer?.deallocate() }
    }
    // Force-unwrap: the pointer was allocated above whenever the capacity was short.
    return body(buffer.pointer!)
  }

  /// Removes from `buffers` the smallest one holding `bytes`, else the largest (to be regrown).
  static func take(_ bytes: Int, from buffers: inout [Buffer]) -> Buffer? {
    guard !buffers.isEmpty else { return nil }
    var pick = 0
    for index in buffers.indices.dropFirst() {
      let (candidate, best) = (buffers[index].capacity, buffers[pick].capacity)
      let fits = candidate >= bytes, bestFits = best >= bytes
      if fits ? (!bestFits || candidate < best) : (!bestFits && candidate > best) { pick = index }
    }
    return buffers.remove(at: pick)
  }

  struct Buffer: @unchecked Sendable {
    // @unchecked: a buffer is owned by one product at a time; the pool hands it out under a lock.
    var pointer: UnsafeMutableRawPointer?
    var capacity: Int
  }

  private static let pool = Mutex<[Buffer]>([])
}
