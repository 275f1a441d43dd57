package masking

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// People's names in Korean and Japanese, and after the labels that name a person in tickets,
// runbooks and incident notes. A name alone in prose is not found (nothing tells it from a
// word); these are the places where the text itself says that a person is named.

// koreanSurname reports the syllables that start most Korean names (the family name).
func koreanSurname(r rune) bool {
	switch r {
	case '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류',
		'유', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '남', '심', '노', '하', '곽', '성', '차', '주', '우',
		'구', '민', '진', '나', '지', '엄', '채', '원', '천', '방', '공', '현', '함', '변', '염', '여', '추', '도', '소',
		'석', '선', '설', '마', '길', '연', '위', '표', '명', '기', '반', '왕', '금', '옥', '육', '인', '맹', '제', '모':
		return true
	}
	return false
}

// koreanRoleWord: three-syllable words for a role or a party that a surname's syllable starts
// and an honorific follows as it follows a name (변호사님: the lawyer; 사용자님: the user).
func koreanRoleWord(v []byte) bool {
	switch string(v) {
	case "이사장", "주무관", "사무관", "변호사", "노무사", "지점장", "공장장", "연구원", "사용자", "신청자", "구매자", "주문자",
		"위원장", "소방관", "경찰관", "경비원", "안내원", "공무원", "전문가", "전문의", "지도자", "진행자", "지원자", "주관사",
		"사업자", "소유자", "고객사", "공급사", "제조사", "여행사", "배급사", "구독자", "방문자", "담당자", "관리자", "운영자",
		"개발자", "작성자", "검토자", "보고자", "승인자", "요청자", "수신자", "발신자", "참석자", "이용자", "가입자", "고객님":
		return true
	}
	r, _ := utf8.DecodeLastRune(v)
	switch r {
	case '자', '사', '장', '관', '가', '팀', '실', '부', '과', '님', '씨':
		return true // (the syllables a role's or a body's word ends in; few given names end so)
	}
	return false
}

// hangulName returns the end of a Korean name at p: three Hangul syllables, the first a family
// name, with no Hangul right before p; or -1. What follows is the caller's to judge.
func hangulName(text []byte, p int) int {
	if p > 0 && isHangulAt(text, p-1) {
		return -1
	}
	e := p
	for k := range 3 {
		r, w := utf8.DecodeRune(text[e:])
		if r < 0xac00 || r > 0xd7a3 || k == 0 && !koreanSurname(r) {
			return -1
		}
		e += w
	}
	if koreanRoleWord(text[p:e]) || koreanLabelWord(text[p:e]) {
		return -1
	}
	return e
}

// koreanLabelWord: three-syllable words that a surname's syllable starts and that head a
// form's or a note's line as a name heads a chat's (이메일: ..., 도메인: ..., 원인은: ...).
func koreanLabelWord(v []byte) bool {
	switch string(v) {
	case "이메일", "이벤트", "도메인", "서비스", "문제점", "기본값", "설정값", "현재값", "명령어", "연락처", "주소지", "조치안",
		"구성도", "변경점", "주의점", "원인은", "결론은", "이름은", "정책명", "계정명", "고객명", "권한명", "작업명", "배포일",
		"반영일", "시작일", "종료일", "만료일", "오류명", "성공률", "지연율", "전송량", "사용량", "비용은", "한도는", "상태는",
		"목적은", "범위는", "대상은", "영향도", "요약본", "인스턴", "정리본", "주기는", "방식은", "원본은", "위치는", "인프라",
		"보안팀", "운영팀", "개발팀", "기술팀", "고객팀":
		return true
	}
	return false
}

// isHangulAt reports whether the byte at k ends (or is inside) a Hangul syllable.
func isHangulAt(text []byte, k int) bool {
	if text[k] < 0x80 {
		return false
	}
	s := k
	for s > 0 && k-s < 3 && text[s]&0xc0 == 0x80 {
		s--
	}
	r, _ := utf8.DecodeRune(text[s:])
	return r >= 0xac00 && r <= 0xd7a3
}

// japaneseSurnames: the commonest Japanese family names of two or three kanji (a one-kanji
// name such as 林 or 原 starts too many words: 原因, 林業).
func japaneseSurname(v []byte) bool {
	switch string(v) {
	case "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口",
		"松本", "井上", "木村", "斎藤", "清水", "山崎", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川",
		"前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村",
		"藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田",
		"石田", "森田", "上田", "内田", "柴田", "酒井", "宮崎", "横山", "高木", "安藤", "宮本", "大野", "小島", "谷口",
		"今井", "工藤", "高田", "増田", "丸山", "杉山", "村田", "大塚", "新井", "小山", "平野", "藤本", "河野", "上野",
		"野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村", "松尾", "菊地", "杉本", "市川",
		"古川", "大西", "島田", "水野", "桜井", "高野", "渡部", "吉川", "山内", "西田", "飯田", "菅野", "永井", "服部",
		"渡邊", "渡邉", "齋藤", "齊藤", "小松", "望月", "北村", "関口", "平田", "松下", "荒木", "西川", "五十嵐", "中西":
		return true
	}
	return false
}

// isKanji reports a CJK unified ideograph (and 々, which repeats the one before it).
func isKanji(r rune) bool { return r >= 0x4e00 && r <= 0x9fff || r == '々' }

// kanjiName returns the end of a Japanese name at p: a common family name (japaneseSurname),
// an optional blank (ASCII or ideographic), and a given name of one or two kanji (one to
// three after a blank), with no kanji right before p or right after; or -1. A given name that
// ends in a place's or a body's kanji (県, 区, 駅, 店, 部) is none.
func kanjiName(text []byte, p int) int {
	if p > 0 {
		if r, _ := utf8.DecodeLastRune(text[:p]); isKanji(r) {
			return -1
		}
	}
	e := p
	var sn int
	for k := 0; k < 3 && e < len(text); k++ {
		r, w := utf8.DecodeRune(text[e:])
		if !isKanji(r) {
			break
		}
		e += w
		if k >= 1 && japaneseSurname(text[p:e]) {
			sn = e
			if k == 1 && e < len(text) {
				if r2, w2 := utf8.DecodeRune(text[e:]); isKanji(r2) && japaneseSurname(text[p:e+w2]) {
					continue // 佐々木, 長谷川: the longer name
				}
			}
			break
		}
	}
	if sn == 0 {
		return -1
	}
	g := sn
	spaced := false
	switch {
	case g < len(text) && text[g] == ' ':
		g, spaced = g+1, true
	case hasPrefix(text[g:], "\u3000"):
		g, spaced = g+3, true
	}
	ge, n := g, 0
	var last rune
	for ge < len(text) {
		r, w := utf8.DecodeRune(text[ge:])
		if !isKanji(r) {
			break
		}
		last = r
		ge += w
		n++
	}
	if n == 0 || n > 3 || n == 3 && !spaced {
		return -1
	}
	switch last {
	case '県', '市', '区', '町', '村', '駅', '線', '港', '庁', '店', '社', '部', '課', '局', '所', '署', '院', '館', '園',
		'校', '場', '寺', '城', '様', '氏', '殿':
		return -1
	}
	return ge
}

// cjkName returns the end of a Korean or Japanese name at p (hangulName, kanjiName), or -1.
func cjkName(text []byte, p int) int {
	if p >= len(text) || text[p] < 0xe0 {
		return -1
	}
	if e := hangulName(text, p); e > 0 {
		return e
	}
	return kanjiName(text, p)
}

// honorificNames appends to late the Korean and Japanese names that an honorific follows
// (김도윤님이, 김민준 씨, 佐藤健太さん, 山本様, 渡辺健二です, 渡辺健二が): the honorific, a
// self-introduction's です or a subject's particle says the word before it is a person.
func honorificNames(text []byte, late []match, ri int) []match {
	for _, h := range [...]struct {
		mark  string
		korea bool
	}{{"님", true}, {"씨", true}, {"입니다", true}, {" 매니저", true}, {" 팀장", true}, {" 과장", true}, {" 부장", true}, {" 차장", true},
		{" 대리", true}, {" 책임", true}, {" 선임", true}, {" 수석", true},
		{"さん", false}, {"様", false}, {"氏", false}, {"です", false}, {"が", false}, {"は", false}} {
		eachIndex(text, h.mark, func(k int) {
			e := k
			if h.korea && e > 0 && text[e-1] == ' ' {
				e-- // 김민준 씨
			}
			if h.korea {
				if p := e - 9; p >= 0 && hangulName(text, p) == e && (h.mark != "입니다" || teamBefore(text, p)) {
					late = append(late, match{start: p, end: e, typ: "person-name", rule: ri})
				}
				return
			}
			if p := kanjiNameBefore(text, e); p >= 0 {
				late = append(late, match{start: p, end: e, typ: "person-name", rule: ri})
			} else if p := surnameBefore(text, e); p >= 0 && h.mark != "が" && h.mark != "は" {
				late = append(late, match{start: p, end: e, typ: "person-name", rule: ri}) // インフラチームの佐藤です, 山本様
			}
		})
	}
	return late
}

// eachIndex calls f with the index of every occurrence of sep in text, left to right.
func eachIndex(text []byte, sep string, f func(k int)) {
	for off := 0; ; {
		k := bytes.Index(text[off:], []byte(sep))
		if k < 0 {
			return
		}
		f(off + k)
		off += k + len(sep)
	}
}

// teamBefore reports a team's or a department's word before the name at p (플랫폼팀 서지우입니다:
// a business self-introduction; NAME입니다 alone may be any noun).
func teamBefore(text []byte, p int) bool {
	return hasSuffix(text[:p], "팀 ") || hasSuffix(text[:p], "팀의 ") || hasSuffix(text[:p], "부 ") || hasSuffix(text[:p], "실 ")
}

// surnameBefore returns where a Japanese family name alone (japaneseSurname) that ends at e
// starts, with no kanji before it; or -1.
func surnameBefore(text []byte, e int) int {
	for _, n := range [...]int{6, 9} {
		p := e - n
		if p < 0 || !japaneseSurname(text[p:e]) {
			continue
		}
		if r, _ := utf8.DecodeLastRune(text[:p]); p > 0 && isKanji(r) {
			continue
		}
		return p
	}
	return -1
}

// kanjiNameBefore returns where the Japanese name that ends at e starts (kanjiName), or -1.
func kanjiNameBefore(text []byte, e int) int {
	p := e
	blanks := 0
	for p > 0 && e-p <= 7*3 {
		r, w := utf8.DecodeLastRune(text[:p])
		switch {
		case isKanji(r):
		case (r == ' ' || r == '\u3000') && blanks == 0 && p < e:
			blanks++
		default:
			goto done
		}
		p -= w
	}
done:
	for p < e {
		if kanjiName(text, p) == e {
			return p
		}
		_, w := utf8.DecodeRune(text[p:])
		p += w
		if p < e && (text[p] == ' ' || hasPrefix(text[p:], "\u3000")) {
			break // (a name does not start in the given name)
		}
	}
	return -1
}

// personLabel reports whether the line's text (from ls) before a colon at j ends in a label
// that names a person: Owner, Scribe, Assignee, Reviewed by, Bearbeiterin, Verfasst von,
// Responsável, Auteur, 담당자, 作成者; with '*' of Markdown bold and a blank (Auteur :) before the
// colon. It reads the last word, and the one before it only after a joining word (by, von).
func personLabel(text []byte, ls, j int) bool {
	for j > ls && (text[j-1] == '*' || text[j-1] == ' ') {
		j--
	}
	s := j
	for s > ls && j-s < 24 && (isLetter(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '-') {
		s--
	}
	if s == j || j-s < 2 {
		return false
	}
	if text[j-1] >= 0x80 && cjkPersonLabel(text[s:j]) {
		return true
	}
	var buf [40]byte
	w, _ := lowerASCII(buf[:], text[s:j])
	if personLabelWord(w) {
		return true
	}
	switch string(w) {
	case "by", "to", "von", "par", "por", "commander":
	default:
		return false
	}
	p := s - 1
	if p <= ls || text[p] != ' ' {
		return false
	}
	for p > ls && s-p < 16 && (isLetter(text[p-1]) || text[p-1] >= 0x80) {
		p--
	}
	w2, _ := lowerASCII(buf[:], text[p:j])
	return personLabelWord(w2)
}

// cjkPersonLabel reports whether v ends in a Korean or Japanese label that names a person (담당자,
// 作成者, 担当), which no blank sets off (ご確認お願いします。担当：).
func cjkPersonLabel(v []byte) bool {
	for _, l := range [...]string{"담당자", "작성자", "검토자", "보고자", "승인자", "요청자", "확인자", "대응자", "담당", "作成者", "担当者", "担当",
		"報告者", "承認者", "承認", "確認者", "対応者", "記録者", "責任者", "起票者", "负责人"} {
		if k := len(v) - len(l); k >= 0 && string(v[k:]) == l {
			r, _ := utf8.DecodeLastRune(v[:k])
			return k == 0 || !isKanji(r) && (r < 0x3040 || r > 0x30ff) && (r < 0xac00 || r > 0xd7a3)
		}
	}
	return false
}

// personLabelWord reports a label (lower-case) that names a person; see personLabel.
func personLabelWord(v []byte) bool {
	switch string(v) {
	case "owner", "scribe", "author", "assignee", "assigned to", "reporter", "reported by", "reviewer", "review", "reviewed by",
		"approver", "approved by", "requester", "requested by", "on-call", "oncall", "backup", "contact", "responsible",
		"incident commander", "created by", "written by", "prepared by", "escalated to",
		"autor", "autora", "autorin", "bearbeiter", "bearbeiterin", "melder", "melderin", "verfasst von", "erstellt von", "ansprechpartner",
		"ansprechpartnerin", "verantwortlich", "zuständig", "auteur", "auteure", "rédigé par", "rédacteur", "rédactrice",
		"responsable", "propriétaire", "creado por", "revisor", "revisora", "responsável", "criado por", "redigido por":
		return true
	}
	return false
}

// labelledNames appends to late the people's names after a person's label: "**Owner:**
// Marc-André Tremblay · **Scribe:** Aisha Okafor", "Bearbeiterin: Lea Schmitt", "Auteur :
// Mathieu Lefèvre —", "backup: Aisha Okafor", "담당자: 김민준", "担当：佐藤健太". A Latin name is
// two or three capitalised words that end the line or stand before punctuation (a sentence's
// words go on: "Owner: John Smith will fix it" names nobody for certain). The colons are
// found by one search over the text (high: it has bytes outside ASCII, so a full-width colon
// may stand).
func labelledNames(text []byte, high bool, late []match, ri int) []match {
	for _, colon := range [...]string{":", "\uff1a"} {
		if len(colon) > 1 && !high {
			break
		}
		for off := 0; ; {
			var k int
			if len(colon) == 1 {
				k = bytes.IndexByte(text[off:], ':')
			} else {
				k = bytes.Index(text[off:], []byte(colon))
			}
			if k < 0 {
				break
			}
			k += off
			off = k + len(colon)
			if k == 0 || !isLetter(text[k-1]) && text[k-1] < 0x80 && text[k-1] != '*' && text[k-1] != ' ' {
				continue // (JSON's "key": and a URL's scheme are no labels)
			}
			ls := max(0, k-64)
			if nl := bytes.LastIndexByte(text[ls:k], '\n'); nl >= 0 {
				ls += nl + 1
			}
			if !personLabel(text, ls, k) {
				continue
			}
			le := min(len(text), off+160)
			if nl := bytes.IndexByte(text[off:le], '\n'); nl >= 0 {
				le = off + nl
			}
			if ns, e := labelledName(text, off, le); ns >= 0 {
				late = append(late, match{start: ns, end: e, typ: "person-name", rule: ri})
				off = e
			}
		}
	}
	return late
}

// labelledName returns the span of the name after a person's label whose colon ends at p, on
// the line that ends at le (see labelledNames); or -1, -1.
func labelledName(text []byte, p, le int) (int, int) {
	for p < le && (text[p] == '*' || text[p] == ' ') {
		p++
	}
	if e := cjkName(text, p); e > 0 && e <= le {
		return p, e
	}
	ns, e, words := nameSpan(text, p, le)
	if words < 2 {
		return -1, -1
	}
	rest := text[e:le]
	if len(rest) == 0 || rest[0] == ',' || rest[0] == ';' || rest[0] == ')' || rest[0] == '.' || rest[0] == '*' || rest[0] == '\r' ||
		rest[0] == ' ' && len(rest) > 1 && !isAlnum(rest[1]) && rest[1] != '"' && rest[1] != '\'' && !isUpperStart(rest[1:]) {
		return ns, e
	}
	return -1, -1
}

// isUpperStart reports whether b starts with a capital letter, ASCII or not.
func isUpperStart(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	return latinWordEnd(b, 0, len(b)) > 0
}

// greetedName reads a line that greets a person or signs with a dash: "Bonjour Camille,",
// "Hi Lea Hoffmann,", "Dear Ms Okafor," (the name after a greeting, before ',' or '!' or the
// line's end), "— Thomas Girard, Acme" (a dash and the name, before ',' or the line's end);
// or -1, -1.
func greetedName(text []byte, ls, le int) (int, int) {
	p := ls
	dash := hasPrefix(text[p:le], "\u2014 ") || hasPrefix(text[p:le], "\u2013 ")
	if dash {
		p += 4
	} else {
		w := p
		for w < le && (isLetter(text[w]) || text[w] >= 0x80) {
			w++
		}
		if w == p || w >= le || text[w] != ' ' || !greetingWord(text[p:w]) {
			return -1, -1
		}
		p = w + 1
		if w2 := latinWordEnd(text, p, le); w2 > 0 && courtesyTitle(text[p:w2]) && w2 < le && (text[w2] == ' ' || text[w2] == '.') {
			p = w2 + 1 // Dear Ms Okafor, Sehr geehrte Frau Vogel
			for p < le && text[p] == ' ' {
				p++
			}
		}
	}
	ns, e, words := nameSpan(text, p, le)
	if words == 0 || dash && words < 2 || addresseeWord(text[ns:e]) {
		return -1, -1
	}
	if e == le || text[e] == ',' || text[e] == '\r' || !dash && (text[e] == '!' || text[e] == ' ' && e+1 < le && text[e+1] == '!') {
		return ns, e
	}
	return -1, -1
}

// greetingWord reports a word that opens a letter or a message to a person.
func greetingWord(w []byte) bool {
	var buf [16]byte
	lw, ok := lowerASCII(buf[:], w)
	if !ok {
		switch string(w) {
		case "Olá", "olá", "Hallå":
			return true
		}
		return false
	}
	switch string(lw) {
	case "hi", "hello", "hey", "dear", "hallo", "liebe", "lieber", "bonjour", "salut", "coucou", "hola", "oi", "ciao",
		"buongiorno", "hej", "moin", "servus", "grüezi", "geehrte", "geehrter", "estimado", "estimada", "caro", "cara", "prezado", "prezada":
		return true
	}
	return false
}

// courtesyTitle reports a title before a person's family name (Ms, Mr, Frau, Herr, Mme).
func courtesyTitle(w []byte) bool {
	switch string(w) {
	case "Mr", "Mrs", "Ms", "Dr", "Frau", "Herr", "Herrn", "Mme", "Madame", "Monsieur", "Sr", "Sra", "Señor", "Señora", "Dona", "Senhor", "Senhora":
		return true
	}
	return false
}

// addresseeWord reports the words that greet a group or a role rather than a person (Hi
// All, Dear Customer, Hallo Team, Bonjour Madame).
func addresseeWord(v []byte) bool {
	switch string(v) {
	case "All", "Everyone", "Everybody", "Team", "Folks", "Guys", "Sir", "Madam", "Sir or Madam", "Customer", "Zusammen",
		"Madame", "Monsieur", "Equipo", "Equipe", "Tous", "Todos", "Team Platform", "World", "There", "Friends":
		return true
	}
	return courtesyTitle(v)
}

// legalFormCompanies appends to late the Japanese and Korean companies' names written with
// their legal form (キラボシ食品株式会社, 株式会社さくら電機, (주)다온페이, 주식회사 이니스): the
// name's kana, kanji, Hangul or Latin letters next to the form, which is kept with it.
func legalFormCompanies(text []byte, late []match, ri int) []match {
	late = tradeNameCompanies(text, late, ri)
	for _, form := range [...]string{"株式会社", "有限会社", "合同会社", "주식회사", "(주)", "（株）", "(株)"} {
		eachIndex(text, form, func(k int) {
			p := k
			for p > 0 && k-p < 48 {
				r, w := utf8.DecodeLastRune(text[:p])
				if !companyRune(r) {
					break
				}
				p -= w
			}
			if p < k {
				late = append(late, match{start: p, end: k + len(form), typ: "company-name", rule: ri})
				return
			}
			e := k + len(form)
			if e < len(text) && text[e] == ' ' && form == "주식회사" {
				e++
			}
			q := e
			for q < len(text) && q-e < 48 {
				r, w := utf8.DecodeRune(text[q:])
				if !companyRune(r) {
					break
				}
				q += w
			}
			if q > e {
				late = append(late, match{start: k, end: q, typ: "company-name", rule: ri})
			}
		})
	}
	return late
}

// tradeNameCompanies appends to late the Korean and Japanese companies' names that end in a
// trade's word, written in the same script without a blank (한빛로보틱스, 다온페이,
// サクラモビリティ, 匠精機): at least two syllables (one kanji) before the word, which is the
// name's end (a particle may follow: 한빛로보틱스의; 페이지 is a page). The words of an
// industry rather than a company (에듀테크, 化学工業, スマートモビリティ) stay. One pass reads
// the runs of each script; only a run's end is compared with the trade words.
func tradeNameCompanies(text []byte, late []match, ri int) []match {
	for k := 0; k < len(text); {
		if text[k] < 0xe3 {
			k++ // (ASCII, and the two-byte letters of Latin, Greek and Cyrillic)
			continue
		}
		r, w := utf8.DecodeRune(text[k:])
		sc := scriptOf(r)
		if sc == 0 {
			k += w
			continue
		}
		st := k
		for k < len(text) {
			r, w = utf8.DecodeRune(text[k:])
			if scriptOf(r) != sc {
				break
			}
			k += w
		}
		e := k
		p := tradeWordAt(text[st:e], sc)
		if r, w := utf8.DecodeLastRune(text[st:e]); p < 0 && sc == 'h' && koreanParticle(r) && e-w > st {
			e -= w // 한빛로보틱스의: the name before its particle (다온페이 ends in 이 itself)
			p = tradeWordAt(text[st:e], sc)
		}
		if p > 0 {
			late = append(late, match{start: st, end: e, typ: "company-name", rule: ri})
		}
	}
	return late
}

// tradeWordAt returns where a trade's word that ends the run v of the script sc starts, when
// enough of a name stands before it (two syllables, one kanji) and that is no industry's
// word; or -1. Every word is three-byte runes; the run's tails are looked up by length.
func tradeWordAt(v []byte, sc byte) int {
	for n := 6; n <= 24 && n < len(v); n += 3 {
		switch string(v[len(v)-n:]) {
		case "로보틱스", "테크", "페이", "솔루션즈", "시스템즈", "네트웍스", "랩스", "모빌리티", "바이오", "홀딩스", "코퍼레이션",
			"엔터테인먼트", "헬스케어", "커머스", "로지스", "소프트", "게임즈", "캐피탈", "증권", "물산", "마케팅", "컴퍼니",
			"파트너스", "인더스트리",
			"モビリティ", "テクノロジーズ", "ソリューションズ", "システムズ", "ロボティクス", "ペイ", "ホールディングス",
			"コーポレーション", "ネットワークス", "エナジー",
			"精機", "工業", "電機", "製作所", "商事", "物産", "技研", "商会", "興業", "重工":
		default:
			continue
		}
		p := len(v) - n
		if p < 6 && sc != 'c' || industryWord(v[:p]) {
			return -1 // (a Hangul or katakana syllable is three bytes: two before the word)
		}
		return p
	}
	return -1
}

// scriptOf returns the script of r for tradeNameCompanies: 'h' a Hangul syllable, 'k'
// katakana (and its long mark), 'c' a kanji; 0 for any other rune.
func scriptOf(r rune) byte {
	switch {
	case r >= 0xac00 && r <= 0xd7a3:
		return 'h'
	case r >= 0x30a1 && r <= 0x30fc:
		return 'k'
	case isKanji(r):
		return 'c'
	}
	return 0
}

// koreanParticle reports the one-syllable particles that follow a noun (의, 은, 는, 이, 가, ...).
func koreanParticle(r rune) bool {
	switch r {
	case '의', '은', '는', '이', '가', '을', '를', '에', '와', '과', '도', '로', '측':
		return true
	}
	return false
}

// industryWord: the words before a trade's word that make an industry's name, not a
// company's (에듀테크, 간편페이, スマートモビリティ, 化学工業).
func industryWord(v []byte) bool {
	switch string(v) {
	case "에듀", "푸드", "프롭", "헬스", "애그", "리걸", "인슈어", "간편", "모바일", "스마트", "디지털", "기후", "블록체인",
		"콘텐츠", "퍼포먼스", "바이럴", "그로스", "온라인", "검색", "이메일",
		"スマート", "マイクロ", "グリーン", "デジタル", "化学", "機械", "繊維", "鉄鋼", "食品", "自動車", "電気", "精密", "重化学":
		return true
	}
	return false
}

// companyRune reports the characters of a Japanese or Korean company's name: kana (not the
// particles that end the phrase before it), kanji, Hangul, the long vowel mark and Latin
// letters; not punctuation, blanks or particles (の, は, が, を, に, で, と, も, へ).
func companyRune(r rune) bool {
	switch r {
	case 'の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', '、', '。':
		return false
	}
	return isKanji(r) || r >= 0x3041 && r <= 0x30ff || r >= 0xac00 && r <= 0xd7a3 || r < 0x80 && (isLetter(byte(r)) || isDigit(byte(r)))
}

// givenName reports the common given names (English, Spanish, Portuguese, French, German,
// Italian, Dutch, Nordic, Polish, Turkish, Indian, Chinese and Japanese in Latin letters) that
// are no English word or place: a person's name starts with one more often than anything
// else does, so one before a capitalised family name names a person (Camille Durand,
// Thiago Pinheiro). Max, Grant, Mark, Will, Chase, Rose, Austin and the like are left out.
func givenName(w []byte) bool {
	switch string(w) {
	case "James", "John", "Robert", "Michael", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
		"Matthew", "Anthony", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy",
		"Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
		"Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Raymond", "Dennis",
		"Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Ethan",
		"Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Sean", "Arthur", "Lawrence", "Jesse",
		"Dylan", "Bryan", "Joe", "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne",
		"Elijah", "Randy", "Roy", "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Mary",
		"Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy",
		"Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy",
		"Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley",
		"Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel",
		"Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce",
		"Kelly", "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah",
		"Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Frances", "Kathryn", "Janice", "Jean",
		"Abigail", "Alice", "Judy", "Sophia", "Denise", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella",
		"Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Priya", "Aisha",
		"Fatima", "Omar", "Ahmed", "Mohammed", "Muhammad", "Ali", "Hassan", "Yusuf", "Layla", "Noor", "Zainab", "Amir",
		"Raj", "Rahul", "Amit", "Arjun", "Vikram", "Sanjay", "Anil", "Ravi", "Suresh", "Deepak", "Ananya", "Neha", "Pooja",
		"Divya", "Kavya", "Wei", "Jing", "Ming", "Xiao", "Yan", "Hui", "Hiroshi", "Takeshi", "Kenji", "Yuki", "Haruto",
		"Yui", "Aiko", "Kenta", "Daisuke", "Akira", "Minjun", "Jiwoo", "Seoyeon", "Jisoo",
		"Carlos", "Luis", "Javier", "Miguel", "Alejandro", "Diego", "Pablo", "Sergio", "Fernando", "Jorge", "Manuel",
		"Francisco", "Antonio", "Rafael", "Andres", "Ricardo", "Eduardo", "Alberto", "Raul", "Enrique", "Ramon", "Ignacio",
		"Mateo", "Lucia", "Sofia", "Valentina", "Camila", "Isabel", "Carmen", "Elena", "Paula", "Marta",
		"Cristina", "Beatriz", "Pilar", "Rocio", "Alba", "Irene", "Nuria", "Ines", "Adriana", "Gabriela", "Daniela",
		"Mariana", "Fernanda", "Juliana", "Larissa", "Renata", "Thiago", "Tiago", "Joao", "Pedro", "Gustavo", "Rodrigo",
		"Bruno", "Felipe", "Leonardo", "Marcelo", "Martin", "Vinicius", "Matheus", "Lucas", "Caio", "Otavio", "Marcos", "Paulo",
		"Camille", "Chloe", "Manon", "Lea", "Sophie", "Juliette", "Margaux", "Elodie", "Aurelie", "Celine", "Nathalie",
		"Isabelle", "Sylvie", "Valerie", "Martine", "Nicolas", "Julien", "Mathieu", "Guillaume", "Antoine", "Maxime",
		"Romain", "Sebastien", "Pierre", "Francois", "Olivier", "Laurent", "Philippe", "Thierry", "Benoit", "Jerome",
		"Theo", "Louise", "Clement", "Baptiste", "Quentin", "Florian", "Yannick", "Aurelien", "Cedric",
		"Lukas", "Jonas", "Leon", "Finn", "Felix", "Maximilian", "Moritz", "Tobias", "Stefan", "Andreas",
		"Markus", "Matthias", "Michaela", "Sabine", "Katrin", "Kerstin", "Anja", "Birgit", "Claudia", "Petra", "Ute",
		"Jens", "Jurgen", "Uwe", "Dirk", "Sven", "Torsten", "Holger", "Heike", "Silke", "Lena", "Leonie", "Mia", "Lina",
		"Giulia", "Francesca", "Chiara", "Alessandra", "Federica", "Martina", "Giorgia", "Giuseppe", "Giovanni", "Marco",
		"Matteo", "Alessandro", "Lorenzo", "Luca", "Davide", "Simone", "Stefano", "Riccardo", "Fabio",
		"Daan", "Bram", "Lars", "Sanne", "Anouk", "Femke", "Maarten", "Pieter", "Joost", "Erik", "Nils", "Anders",
		"Magnus", "Henrik", "Mikael", "Johan", "Karin", "Ingrid", "Astrid", "Sigrid", "Freja", "Elin", "Maja", "Linnea",
		"Piotr", "Krzysztof", "Tomasz", "Pawel", "Marcin", "Michal", "Agnieszka", "Katarzyna", "Magdalena", "Joanna",
		"Mehmet", "Mustafa", "Emre", "Burak", "Elif", "Zeynep", "Ayse", "Emine", "Dmitri", "Sergei", "Olga", "Natalia",
		"Rafaela", "Manuela", "Luciana", "Leticia", "Vanessa", "Bianca", "Aline", "Priscila", "Carla", "Monica", "Silvia",
		"Ivan", "Nikolai", "Anastasia", "Tatiana", "Yuri", "Oksana", "Aleksandr",
		"Dana", "Jonah", "Knut", "Ole", "Bjorn", "Soren", "Emil", "Oskar", "Axel", "Elias", "Liam", "Oliver", "Isak", "Sindre",
		"Nora", "Ingeborg", "Solveig", "Kari", "Hanna", "Ella", "Ida", "Vera", "Greta", "Frida", "Jannik",
		"Niklas", "Fabian", "Kai", "Timo", "Jakob", "Julian", "Simon", "Johanna",
		"Sebastian", "Tim", "Dominik", "Yasmin", "Amara", "Kwame", "Chidi", "Ngozi", "Tunde", "Nadia", "Samir",
		"Karim", "Youssef", "Leila", "Mei", "Lin", "Chen", "Hao", "Sakura", "Hana", "Haruka", "Ren", "Riku",
		"Zoe", "Ava", "Mila", "Luna", "Nina", "Eva", "Lara", "Ana", "Tomas", "Joaquin", "Emilio", "Hector", "Ruben", "Gonzalo",
		"Alvaro", "Adrian", "Ximena", "Valeria", "Lorena", "Alicia", "Dalia", "Rashid", "Tariq", "Bilal", "Imran", "Faisal", "Khalid",
		"Hamza", "Amina", "Salma", "Rania",
		"Owen", "Darnell", "Aylin", "Victor", "Clemence", "Jana", "Rogelio", "Eduarda", "Marisol",
		"Florencia", "Agustin",
		"Veronica", "Leonor", "Margarida", "Mafalda", "Catarina", "Joana", "Goncalo", "Nuno",
		"Emilie", "Mathilde", "Oceane", "Pauline",
		"Amelie", "Noemie", "Katharina", "Franziska", "Jorg", "Dieter", "Ahmet", "Fatma", "Kemal",
		"Rohan", "Aditya", "Rajesh", "Sunita", "Ishaan", "Jihoon", "Soyeon", "Malgorzata",
		"Emeka", "Chinedu", "Oluwaseun", "Adebayo", "Kofi", "Ibrahim", "Mohamed":
		return true
	}
	return false
}

// foldLatin writes w into buf with the accents of Latin-1 letters dropped (Lucía: Lucia,
// Chloé: Chloe, João: Joao, Jürgen: Jurgen); ok is false for other bytes outside ASCII or
// when w does not fit.
func foldLatin(buf []byte, w []byte) ([]byte, bool) {
	out := buf[:0]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 0x80 {
			if len(out) == cap(buf) {
				return nil, false
			}
			out = append(out, c)
			continue
		}
		if c != 0xc3 || k+1 >= len(w) || len(out) == cap(buf) {
			return nil, false
		}
		k++
		out = append(out, latinBase(rune(c&0x1f)<<6|rune(w[k]&0x3f)))
		if out[len(out)-1] == 0 {
			return nil, false
		}
	}
	return out, true
}

// latinBase returns the ASCII letter a Latin-1 letter is written on (é: e, É: E), or 0.
func latinBase(r rune) byte {
	lr := unicode.ToLower(r)
	var b byte
	switch lr {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		b = 'a'
	case 'ç':
		b = 'c'
	case 'è', 'é', 'ê', 'ë':
		b = 'e'
	case 'ì', 'í', 'î', 'ï':
		b = 'i'
	case 'ñ':
		b = 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		b = 'o'
	case 'ù', 'ú', 'û', 'ü':
		b = 'u'
	case 'ý':
		b = 'y'
	default:
		return 0
	}
	if lr != r {
		b -= 'a' - 'A'
	}
	return b
}

// givenNamePerson returns the end of a person's name at the word [i, e): a given name
// (givenName, accents folded) and a capitalised family name, which no AWS, service, role, common or trade word
// is, and which no identifier or host goes on from; or -1. "Camille Durand", "Thiago
// Pinheiro", "Chloé Tremblay" are names; "Grant Access", "Kevin Hub" are not read.
func givenNamePerson(text []byte, i, e int) int {
	n := len(text)
	fe := e
	if e < n && (text[e] == ' ' || namePunct(text[e])) {
		if !givenName(text[i:e]) {
			return -1 // (an ASCII word: looked up as it is, the common case)
		}
	} else {
		fe = latinWordEnd(text, i, min(n, i+24))
		if fe < 0 || fe >= n || text[fe] != ' ' && !namePunct(text[fe]) {
			return -1
		}
		var buf [24]byte
		if f, ok := foldLatin(buf[:], text[i:fe]); !ok || !givenName(f) {
			return -1
		}
	}
	if text[fe] != ' ' {
		if singleNameContext(text, i, fe) {
			return fe // "merci Thiago.", "Oi Camille!": a person by the given name alone
		}
		return -1
	}
	if i >= 4 && (hasSuffix(text[:i], "San ") || hasSuffix(text[:i], "Santa ") || hasSuffix(text[:i], "São ") || hasSuffix(text[:i], "St. ") ||
		hasSuffix(text[:i], "Saint ")) {
		return -1 // a place named after a saint (San Francisco, São Paulo)
	}
	se := latinWordEnd(text, fe+1, min(n, fe+41))
	if se < 0 {
		if singleNameContext(text, i, fe) {
			return fe // "Gracias Andrés", "Rafaela asked me": a person by the given name alone
		}
		return -1
	}
	if se-fe > 4 && text[se-2] == '\'' && text[se-1] == 's' {
		se -= 2 // Michael Crosby's: the name, not its possessive
	}
	w := text[fe+1 : se]
	if len(w) < 2 || w[1] == '\'' || serviceWord(w) || stopWord(w) || nonPersonWord(w) || commonWord(w) || notNameWord(w) || companySuffix(w) || awsNamePart(w) {
		return -1
	}
	if se < n && (isAlnum(text[se]) || text[se] == '_' || text[se] == '@' || text[se] == '.' && se+1 < n && isAlnum(text[se+1])) {
		return -1 // (part of an identifier, an address or a host)
	}
	if se+1 < n && text[se] == ' ' {
		if te := latinWordEnd(text, se+1, min(n, se+41)); te > 0 && (companySuffix(text[se+1:te]) || awsNamePart(text[se+1:te])) {
			return -1 // a company's or a product's name that starts with a given name
		}
	}
	return se
}

// namePunct reports the punctuation that may end a sentence or a clause right after a name
// (Thanks Priya. Oi Camille! Gracias Andrés, ...).
func namePunct(c byte) bool {
	return c == '.' || c == ',' || c == '!' || c == '?'
}

// awsNamePart: capitalised words of AWS's services' and features' names (Control Tower,
// Cost Explorer, Secrets Manager), which follow a given name as a family name does (no one
// is called Tower).
func awsNamePart(w []byte) bool {
	switch string(w) {
	case "Tower", "Explorer", "Advisor", "Manager", "Store", "Functions", "Accelerator", "Beanstalk", "Connect", "Firewall",
		"Advanced", "Formation", "Gateway", "Balancer", "Scaling", "Load", "Elastic", "Zone", "Dashboard", "Optimizer", "Plans",
		"Instances", "Tables", "Command", "Composer", "Pipeline", "Hub", "Center", "Catalog", "Rules", "Cloud", "Map", "Mesh",
		"Hat", "Linux", "Server", "Studio", "Lake", "Sync", "Shield", "Lens", "Insights", "Guard", "Lambda", "Stack", "Stacks",
		"Portal", "Console", "Agent", "Bot", "Bank", "Cluster", "Bucket", "Role", "Policy", "Group", "Key", "Vault", "Queue",
		"Topic", "Stream", "Table", "Function", "Service", "Services", "Account", "Organization", "Region", "Edition":
		return true
	}
	return false
}

// singleNameContext reports whether the given name text[i:fe] stands alone as a person's: a
// closing or greeting word before it (Gracias Andrés, Thanks Priya), or a verb of speech or
// of asking after it (Rafaela asked me, Javier said).
func singleNameContext(text []byte, i, fe int) bool {
	if timelineDash(text, i) {
		return fe == len(text) || text[fe] == ' ' // "06:40 – Jonas prüft ...": a timeline's actor
	}
	if i >= 2 && text[i-1] == ' ' {
		we := i - 1
		if text[we-1] == ',' {
			we-- // Gracias, Lucía; Thanks, Priya
		}
		p := we
		for p > 0 && we-p <= 16 && (isLetter(text[p-1]) || text[p-1] >= 0x80) {
			p--
		}
		if we == i-1 && personPreposition(text[p:we]) {
			return fe == len(text) || !isAlnum(text[fe]) && text[fe] != '-' && text[fe] != '_' && text[fe] != '.' && text[fe] != '@' ||
				fe+1 == len(text) || text[fe] == '.' && !isAlnum(text[fe+1])
		}
		if closingWord(text[p:we]) == 2 || greetingWord(text[p:we]) {
			return fe == len(text) || !isAlnum(text[fe]) && text[fe] != '-' && text[fe] != '_' && text[fe] != '.' || fe+1 == len(text) || text[fe] == '.' && !isAlnum(text[fe+1])
		}
	}
	if fe+2 >= len(text) || text[fe] != ' ' {
		return false
	}
	e := fe + 1
	for e < len(text) && e-fe <= 12 && isLower(text[e]) {
		e++
	}
	switch string(text[fe+1 : e]) {
	case "asked", "said", "says", "wrote", "mentioned", "confirmed", "noted", "approved", "reviewed", "suggested", "pinged",
		"replied", "reported", "escalated", "dijo", "pidió", "sagt", "sagte", "meinte", "disse", "pediu", "escreveu":
		return e == len(text) || !isAlnum(text[e])
	}
	return false
}

// timelineDash reports whether the word at i follows a time of day and a dash, as a
// timeline's entry starts (- 06:40 – Jonas prüft, 14:05 — Priya rolls back).
func timelineDash(text []byte, i int) bool {
	p := i
	switch {
	case hasSuffix(text[:p], "\u2013 ") || hasSuffix(text[:p], "\u2014 "):
		p -= 4
	case hasSuffix(text[:p], "- "):
		p -= 2
	default:
		return false
	}
	if p < 5 || text[p-1] != ' ' {
		return false
	}
	p--
	return isDigit(text[p-1]) && isDigit(text[p-2]) && text[p-3] == ':' && isDigit(text[p-4])
}

// personPreposition reports the words after which a given name alone is a person's: by,
// from and their German, French, Spanish and Portuguese kin, and the Portuguese article (o
// Lucas deixou): "das Token von Stefan", "approved by Priya".
func personPreposition(w []byte) bool {
	switch string(w) {
	case "by", "from", "von", "vom", "par", "por", "pelo", "pela", "o", "cc", "ping", "ask":
		return true
	}
	return false
}

// titledName returns the span of the family name after a courtesy title that ends at e
// ("M. Lemaire", "Mr. Okafor", "Herr Becker", "Frau Dr. Vogel", "Sra. Fernández"): one
// capitalised word (two when the second is one too, before punctuation) that no service's,
// common or role word is; or -1, -1.
func titledName(text []byte, i, e int) (int, int) {
	switch string(text[i:e]) {
	case "M", "Mr", "Mrs", "Ms", "Dr", "Herr", "Herrn", "Frau", "Mme", "Mlle", "Sr", "Sra", "Srta":
	default:
		return -1, -1
	}
	p := e
	if text[p] == '.' {
		p++
	} else if e-i <= 2 && string(text[i:e]) != "Mr" && string(text[i:e]) != "Ms" && string(text[i:e]) != "Dr" {
		return -1, -1 // (M, Sr without the full stop: a letter or a word)
	}
	if p >= len(text) || text[p] != ' ' {
		return -1, -1
	}
	p++
	le := min(len(text), p+60)
	if we := latinWordEnd(text, p, le); we > 0 && (string(text[p:we]) == "Dr" || string(text[p:we]) == "Prof") && we+2 < le && text[we] == '.' {
		p = we + 2 // Frau Dr. Vogel
	}
	ns, ne, words := nameSpan(text, p, le)
	if words == 0 || words > 2 || ne-ns < 2 || awsNamePart(text[ns:ne]) {
		return -1, -1
	}
	if ne < len(text) && (isAlnum(text[ne]) || text[ne] == '_' || text[ne] == '@' || text[ne] == '.' && ne+1 < len(text) && isAlnum(text[ne+1])) {
		return -1, -1
	}
	return ns, ne
}
