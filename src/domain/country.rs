use isocountry::CountryCode;

/// An ISO 3166-1 alpha-2 country code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country(CountryCode);

impl Country {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() != 2 {
            return Err("err-country");
        }
        CountryCode::for_alpha2(&code)
            .map(Country)
            .map_err(|_| "err-country")
    }

    pub fn code(&self) -> &'static str {
        self.0.alpha2()
    }

    /// The everyday English name (ISO's formal one where no shorter name is common).
    pub fn name(&self) -> &'static str {
        common_name(self.0.alpha2()).unwrap_or(self.0.name())
    }

    /// Every country, sorted by name, for the sign form's select.
    pub fn all() -> Vec<Country> {
        let mut all: Vec<Country> = CountryCode::iter().map(|c| Country(*c)).collect();
        all.sort_by_key(|c| c.name());
        all
    }
}

/// The display name of a stored alpha-2 code, or the code itself if unknown.
pub fn country_name(code: &str) -> &str {
    match Country::parse(code) {
        Ok(c) => c.name(),
        Err(_) => code,
    }
}

/// Short names people use for countries whose ISO names are long or formal.
fn common_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "GB" => "United Kingdom",
        "US" => "United States",
        "RU" => "Russia",
        "KR" => "South Korea",
        "KP" => "North Korea",
        "IR" => "Iran",
        "SY" => "Syria",
        "VE" => "Venezuela",
        "BO" => "Bolivia",
        "TZ" => "Tanzania",
        "VN" => "Vietnam",
        "LA" => "Laos",
        "MD" => "Moldova",
        "TW" => "Taiwan",
        "CZ" => "Czechia",
        "CD" => "DR Congo",
        "FM" => "Micronesia",
        "PS" => "Palestine",
        "VA" => "Vatican City",
        "BN" => "Brunei",
        "MK" => "North Macedonia",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes() {
        assert_eq!(Country::parse(" gb ").unwrap().code(), "GB");
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("GBR").is_err());
        assert!(Country::all().len() > 240);
        assert_eq!(Country::parse("GB").unwrap().name(), "United Kingdom");
        assert_eq!(country_name("FR"), "France");
        assert_eq!(country_name("??"), "??");
    }
}
