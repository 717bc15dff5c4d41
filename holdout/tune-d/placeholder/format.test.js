const { formatBytes, formatDuration } = require("../src/format");

describe("formatBytes", () => {
  // ... previous tests

  it("formats gigabytes", () => {
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GB");
  });

  it("handles zero", () => {
    expect(formatBytes(0)).toBe("0 B");
  });
});

describe("formatDuration", () => {
  it("formats seconds", () => {
    expect(formatDuration(45_000)).toBe("45s");
  });

  it("formats minutes and seconds", () => {
    expect(formatDuration(125_000)).toBe("2m 5s");
  });
});
