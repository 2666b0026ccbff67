import Testing

@testable import MiniPython

/// Arrays too large for the machine raise numpy's `MemoryError` instead of stopping the process.
@Suite struct ArrayAllocationTests {
  /// numpy's `_ArrayMemoryError._size_to_string`, for these byte counts:
  /// `[E._size_to_string(b) for b in (1023, 1024, 1536, 1048575, 80 * 10**9, 320 * 10**9, 8 * 10**18, 1023 * 2**30, 10235 * 1024)]`
  @Test func sizesPrintAsNumpyPrintsThem() {
    let sizes = [1023, 1024, 1536, 1_048_575, 80_000_000_000, 320_000_000_000, 8_000_000_000_000_000_000, 1023 << 30, 10235 * 1024]
    #expect(sizes.map(ArrayAllocation.sizeString) == [
      "1023 bytes", "1.00 KiB", "1.50 KiB", "1.00 MiB", "74.5 GiB", "298. GiB", "6.94 EiB", "1023. GiB", "10.0 MiB",
    ])
  }

  @Test func shapesLargerThanMemoryThrowNumpysMessage() {
    // Terabytes, so that the test holds on any machine it runs on.
    #expect(throws: NumpyError(.memoryError, "Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64")) {
      try ArrayAllocation.check([1_000_000, 1_000_000])
    }
    #expect(throws: ArrayAllocation.tooBig) { try ArrayAllocation.check([1 << 62, 4]) }
    #expect(throws: Never.self) { try ArrayAllocation.check([1000, 1000]) }
  }

  @Test func theSessionKeepsRunningAfterEachTooLargeRequest() {
    let session = Session()
    _ = session.run(source: "import numpy as np\nx = np.arange(3.0)")
    let cases = [
      ("np.zeros((1000000, 1000000))", "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64"),
      ("np.ones((2000000, 1)) - np.ones((1, 2000000))", "MemoryError: Unable to allocate 29.1 TiB for an array with shape (2000000, 2000000) and data type float64"),
      ("np.random.randn(1000000, 1000000)", "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64"),
      ("np.tile(x, 10**12)", "MemoryError: Unable to allocate 21.8 TiB for an array with shape (3000000000000,) and data type float64"),
      ("np.empty((2**62, 4))", "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."),
      ("[0] * 10**11", "MemoryError"),
      ("'ab' * 10**18", "MemoryError"),
      ("list(range(10**15))", "MemoryError"),
    ]
    for (source, last) in cases {
      #expect(session.run(source: source).error?.lastLine == last, "\(source)")
    }
    #expect(session.run(source: "print(x.sum())").text == "3.0\n")
  }

  @Test func aColumnMinusARowThatWouldNotFitSaysWhy() {
    let result = Session().run(source: "import numpy as np\nnp.ones((2000000, 1)) - np.ones((1, 2000000))")
    #expect(result.error?.help == "broadcasting (2000000, 1) with (1, 2000000) stretches both, to (2000000, 2000000); did one operand need .T or .reshape to match the other?")
  }
}
