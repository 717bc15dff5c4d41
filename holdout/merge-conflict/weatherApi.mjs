const API = 'https://api.open-meteo.com/v1/forecast';

export async function currentWeather({ lat, lon }) {
  const url = new URL(API);
  url.searchParams.set('latitude', lat);
  url.searchParams.set('longitude', lon);
  url.searchParams.set('current_weather', 'true');
<<<<<<< HEAD
  const { data } = await axios.get(url.toString());
  return data.current_weather;
=======
  const res = await fetch(url);
  if (!res.ok) throw new Error(`weather API returned ${res.status}`);
  return (await res.json()).current_weather;
>>>>>>> 4c1d2e9 (Use fetch instead of axios)
}

export const celsiusToF = (c) => c * 9 / 5 + 32;
