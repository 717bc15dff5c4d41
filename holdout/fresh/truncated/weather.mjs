import 'dotenv/config';

const API = 'https://api.openweathermap.org/data/2.5/weather';
const KEY = process.env.OWM_KEY;

function celsius(k) {
  return Math.round((k - 273.15) * 10) / 10;
}

export async function currentWeather(city) {
  const url = `${API}?q=${encodeURIComponent(city)}&appid=${KEY}`;
  const res = await fetch(