// Existing code...

export function watchPosition(onChange, onError) {
  if (!("geolocation" in navigator)) {
    onError(new Error("Geolocation is not supported by this browser"));
    return () => {};
  }
  const id = navigator.geolocation.watchPosition(
    (pos) => onChange({ lat: pos.coords.latitude, lng: pos.coords.longitude }),
    onError,
    { enableHighAccuracy: true, maximumAge: 10000 }
  );
  return () => navigator.geolocation.clearWatch(id);
}
