using System.Text.RegularExpressions;

namespace GutSkin.Knowledge.Safety;

// The Spanish patterns, over normalised text (accents removed: "está" → "esta"). The sentence-embedding model is
// English-only, so in Spanish these rules are the only layer.
internal static partial class RedFlagRules
{
    [GeneratedRegex(@"\b((me )?quiero morir(me)?|me quiero matar|quiero matarme|suicid\w*|matarme|quitarme la vida|no quiero (seguir )?vivir|hacerme dano|me (corto|hago dano|lastimo)|cortarme|acabar con (todo|mi vida)|no (vale|tiene sentido) (la pena )?(seguir )?vivir|mejor (estaria|estar) muert[oa]|ojala (estuviera|me muriera)|no quiero despertar)\b", Options)]
    private static partial Regex SelfHarmEs();

    [GeneratedRegex(@"\b(embarazad\w*|embarazo|semanas de (embarazo|gestacion))\b.{0,100}\b(?<flag>sangr\w*|manch\w*|dolor (muy )?(fuerte|intenso|insoportable)|contracciones|rompi\w* (la )?fuente|rompio (la )?fuente|no se mueve|no (siento|noto) (al bebe|que se mueva|movimientos)|vision borrosa)|\b(sangr\w*|dolor (muy )?(fuerte|intenso))\b.{0,100}\b(?<flag>embarazad\w*|embarazo)\b|\b(aborto espontaneo|embarazo ectopico)\b", Options)]
    private static partial Regex PregnancyEs();

    [GeneratedRegex(@"\b(bebe|recien nacid[oa]|(\d+|un|una|dos|tres|cuatro|cinco|seis) (semanas|meses|mes) de (vida|edad|nacid[oa]))\b.{0,100}\b(?<flag>flacid\w*|no responde|no (se )?despierta|no quiere (comer|mamar|tomar)|no (come|mama|toma)|fiebre|no moja (el |los )?panal\w*|morad[oa]|azul|manchas que no desaparecen)|\b(mi|nuestr[oa]) (hij[oa]|nin[oa]|nene|nena)\b.{0,100}\b(?<flag>flacid\w*|no responde|no (se )?despierta|morad[oa]|manchas que no desaparecen)", Options)]
    private static partial Regex UnwellChildEs();

    [GeneratedRegex(@"\b(dolor|presion|opresion|peso|ardor fuerte) (\w+ ){0,2}(en el|de|del) pecho\b|\bdolor toracico\b|\bme duele (mucho )?el pecho\b|\bpecho (me duele|apretado)\b|\b(ataque al corazon|ataque cardiaco|infarto|paro cardiaco)\b|\bdolor\b.{0,40}\b(brazo izquierdo|mandibula)\b", Options)]
    private static partial Regex ChestHeartEs();

    [GeneratedRegex(@"\b(derrame (cerebral)?|ictus|embolia|accidente cerebrovascular)\b|\b(cara|boca)\b (\w+ ){0,3}(caida|torcida|paralizada|dormida de un lado)\b|\b(no (puede|puedo) (hablar|mover (el|la|mi|su) (brazo|pierna))|habla (arrastrada|rara|trabada)|arrastra las palabras)\b|\b(entumid\w*|dormid[oa]|debilidad)\b.{0,30}\bun lado\b|\b(el peor dolor de cabeza de mi vida)\b", Options)]
    private static partial Regex StrokeEs();

    [GeneratedRegex(@"\b(no (puedo|puede|podemos) respirar|me falta (el )?(aire|aliento)|le falta (el )?aire|falta de aire|me (estoy )?ahog\w*|se (esta )?ahog\w*|dificultad para respirar|me cuesta (mucho )?respirar|le cuesta respirar|labios (morados|azules)|se esta poniendo (morad[oa]|azul)|no respira)\b", Options)]
    private static partial Regex BreathingEs();

    [GeneratedRegex(@"\b(se me (esta |estan )?(hincha|hinchan|hinchando|inflama|inflaman|inflamando)|hinchazon (de|en) (la |los )?|hinchad[oa]s?|inflamad[oa]s?)\b.{0,30}\b(?<flag>lengua|garganta|labios?|boca)\b|\b(lengua|garganta|labios?|boca)\b.{0,20}\b(?<flag>hinchad\w*|inflamad\w*|se (me )?(cierra|esta cerrando))|\b(anafila\w*|choque anafilactico|reaccion alergica (grave|fuerte|severa)|se me cierra la garganta|garganta cerrada)\b", Options)]
    private static partial Regex AllergicReactionEs();

    [GeneratedRegex(@"\b(convulsi\w*|ataque epileptico|crisis epileptica|esta convulsionando)\b", Options)]
    private static partial Regex SeizureEs();

    [GeneratedRegex(@"\b(golpe (fuerte )?en la cabeza|se (golpeo|pego) (en )?la cabeza|me (golpee|pegue) (en )?la cabeza|cayo de cabeza)\b.{0,100}\b(?<flag>vomit\w*|confundid\w*|desmay\w*|somnolient\w*|no despierta|inconsciente|sangr\w*)|\btraumatismo craneal\b", Options)]
    private static partial Regex HeadInjuryEs();

    [GeneratedRegex(@"\b(se desmayo|me desmaye|desmayad[oa]|inconsciente|no responde|perdio el conocimiento|perdi el conocimiento|no (se )?despierta|se (ha )?desplomado|muy confundid[oa]|desorientad[oa])\b", Options)]
    private static partial Regex ConfusionCollapseEs();

    [GeneratedRegex(@"\b(sobredosis|(tome|tomo|se tomo|me tome|trague|se trago) (\w+ ){0,2}(demasiadas|muchas|todas las|un frasco|una caja)|envenen\w*|intoxicad\w*|(bebio|tomo|trago|se trago|se comio) (\w+ ){0,2}(lejia|cloro|veneno|detergente|pila|bateria|iman|productos? de limpieza|pastillas))\b", Options)]
    private static partial Regex PoisoningOverdoseEs();

    [GeneratedRegex(@"\b(quemadura (grave|grande|profunda|quimica)|descarga electrica|electrocut\w*|se quemo (con agua hirviendo|gravemente))\b", Options)]
    private static partial Regex BurnsShockEs();

    [GeneratedRegex(@"\b(meningitis|sepsis|septicemia|rigidez (de|en la) nuca|cuello rigido|manchas (moradas )?que no desaparecen)\b", Options)]
    private static partial Regex SepsisMeningitisEs();

    [GeneratedRegex(@"\b(vomit\w* (con )?sangre|vomitos con sangre|heces negras|caca negra|popo negr[oa]|sangre en el vomito)\b", Options)]
    private static partial Regex GiBleedingEs();

    [GeneratedRegex(@"\b(sangr\w* (mucho|muchisimo|sin parar|a chorros)|no (para|deja) de sangrar|hemorragia)\b", Options)]
    private static partial Regex HeavyBleedingEs();

    [GeneratedRegex(@"\b(dolor (muy )?(fuerte|intenso|insoportable|terrible) (en el |de |del )?(abdomen|estomago|barriga|vientre|panza)|dolor (de|en el|del) (abdomen|estomago|barriga|vientre) (muy )?(fuerte|intenso|insoportable)|dolor (\w+ ){0,2}(testiculo|testiculos|escroto)|apendicitis)\b", Options)]
    private static partial Regex AbdominalTesticularEs();

    [GeneratedRegex(@"\b(coagulo|trombosis|pierna (muy )?hinchada y (roja|caliente|dolorosa))\b", Options)]
    private static partial Regex ClotLimbEs();

    [GeneratedRegex(@"\b(fiebre)\b.{0,80}\b(?<flag>(sarpullido|erupcion|ronchas?|enrojecimiento|rojez|infeccion)\b.{0,30}\b(extiende|crece|esparce))|\b(ampollas|sarpullido|erupcion|ronchas?|enrojecimiento|rojez|infeccion)\b.{0,40}\b(extiende\w*|crece\w*|esparce\w*)\b.{0,60}\b(?<flag>fiebre)\b|\b(celulitis|fascitis necrotizante|rayas rojas)\b|\b(enrojecimiento|rojez|infeccion)\b.{0,30}\b(se extiende|esta creciendo|se esta extendiendo) (muy )?rapido\b", Options)]
    private static partial Regex SkinInfectionEs();
}
