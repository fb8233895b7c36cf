import { endpoint } from "./endpoint";

describe("endpoint", () => {
  const photo = endpoint("GET", "/wards/:ward/requests/:code/photos/:n");

  it("fills and encodes each parameter, keeping the server's path as written", () => {
    expect(photo.path).toBe("/wards/:ward/requests/:code/photos/:n");
    expect(photo.url({ ward: "hoà cường", code: "HC-2612-0042", n: 1 })).toBe("/wards/ho%C3%A0%20c%C6%B0%E1%BB%9Dng/requests/HC-2612-0042/photos/1");
  });

  it("refuses to build a URL with a parameter missing, rather than calling /wards//requests", () => {
    expect(() => photo.url({ ward: "", code: "x", n: 1 })).toThrow(/missing :ward/);
  });
});
